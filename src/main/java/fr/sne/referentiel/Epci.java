package fr.sne.referentiel;
public record Epci(String siren, String nom, String type) {}
