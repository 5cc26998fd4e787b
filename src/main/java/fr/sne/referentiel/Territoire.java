package fr.sne.referentiel;
public record Territoire(String code, String libelle) {}
