package fr.sne.referentiel;

/** An établissement public de coopération intercommunale à fiscalité propre; type CC, CA, CU, METRO, MET69. */
public record Epci(String siren, String nom, String type) {
}
