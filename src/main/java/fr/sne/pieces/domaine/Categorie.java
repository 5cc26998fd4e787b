package fr.sne.pieces.domaine;

/**
 * A category of the filing plan: its code, label, the most pieces of it one demande holds, what it is needed for, and
 * when its pieces become obsolete.
 */
public record Categorie(String code, String libelle, int maximum, NaturePiece nature, RegleObsolescence obsolescence) {

    /** The category of a digitised piece whose category is not known yet. */
    public static final String A_QUALIFIER = "A_QUALIFIER";

    /** A category's code: capitals, digits and underscores, starting with a capital. */
    public static final String FORMAT_CODE = "[A-Z][A-Z0-9_]{0,39}";

    /** The largest maximum a category may have. */
    public static final int MAXIMUM_MAX = 99;

    public Categorie {
        if (!code.matches(FORMAT_CODE)) {
            throw new IllegalArgumentException("code de catégorie invalide : " + code);
        }
        if (libelle.isBlank() || libelle.length() > 200) {
            throw new IllegalArgumentException("libellé de catégorie vide ou trop long");
        }
        if (maximum < 1 || maximum > MAXIMUM_MAX) {
            throw new IllegalArgumentException("maximum hors de 1 à " + MAXIMUM_MAX + " : " + maximum);
        }
    }

    /** Whether it is asked for ("pièces attendues"): needed to register or to instruct. */
    public boolean attendue() {
        return nature != NaturePiece.COMPLEMENTAIRE;
    }
}
