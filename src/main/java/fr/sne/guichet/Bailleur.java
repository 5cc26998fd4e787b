package fr.sne.guichet;
import java.util.List;
public record Bailleur(String siren, String nom, List<String> adresse) {}
