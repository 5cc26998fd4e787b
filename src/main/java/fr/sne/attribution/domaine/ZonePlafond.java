package fr.sne.attribution.domaine;

/** The zones of the income ceilings (arrêté du 29 juillet 1987). */
public enum ZonePlafond {
    /** Paris and its bordering communes. */
    PARIS_LIMITROPHES,
    /** The rest of Île-de-France. */
    ILE_DE_FRANCE,
    /** Every other region. */
    AUTRES_REGIONS;

    /**
     * The zone of a commune (INSEE code; Paris's arrondissements 751xx are Paris). The communes bordering Paris are
     * not listed yet: they read the rest of Île-de-France's ceilings, which are never higher (ADR 0014).
     */
    public static ZonePlafond deCommune(String codeCommune) {
        if (codeCommune.startsWith("75")) {
            return PARIS_LIMITROPHES;
        }
        return switch (codeCommune.substring(0, 2)) {
            case "77", "78", "91", "92", "93", "94", "95" -> ILE_DE_FRANCE;
            default -> AUTRES_REGIONS;
        };
    }
}
