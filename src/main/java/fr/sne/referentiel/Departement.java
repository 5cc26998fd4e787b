package fr.sne.referentiel;
public record Departement(String code, String nom, String codeRegion, String nomRegion) {}
