package fr.sne.attribution.domaine;

/**
 * One year's income ceilings of a financing in a zone (€ per year of revenu fiscal de référence), by household
 * category 1 to 6, and the amount added per person beyond the sixth category.
 */
public record Bareme(Financement financement, ZonePlafond zone, int annee, int categorie1, int categorie2,
        int categorie3, int categorie4, int categorie5, int categorie6, int parPersonneSupplementaire) {

    /** The ceiling of a category (1 to 6, and beyond: the sixth plus one amount per extra person). */
    public int plafond(int categorie) {
        return switch (categorie) {
            case 1 -> categorie1;
            case 2 -> categorie2;
            case 3 -> categorie3;
            case 4 -> categorie4;
            case 5 -> categorie5;
            default -> categorie < 1 ? categorie1 : categorie6 + (categorie - 6) * parPersonneSupplementaire;
        };
    }
}
