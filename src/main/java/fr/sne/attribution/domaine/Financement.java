package fr.sne.attribution.domaine;

/**
 * How a dwelling was financed, which sets its income ceiling: PLAI (prêt locatif aidé d'intégration, and its
 * "adapté" variant for the most fragile households), PLUS (prêt locatif à usage social), PLS (prêt locatif social).
 */
public enum Financement {
    PLAI, PLAI_ADAPTE, PLUS, PLS;

    /** The barème of ceilings this financing reads: PLAI for both PLAI, PLUS for PLUS and PLS. */
    public Financement bareme() {
        return switch (this) {
            case PLAI, PLAI_ADAPTE -> PLAI;
            case PLUS, PLS -> PLUS;
        };
    }
}
