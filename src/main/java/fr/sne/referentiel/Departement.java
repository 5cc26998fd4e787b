package fr.sne.referentiel;

/** A département or overseas collectivity of the COG ("59", "2A", "971", "975"...), with its region. */
public record Departement(String code, String nom, String codeRegion, String nomRegion) {
}
