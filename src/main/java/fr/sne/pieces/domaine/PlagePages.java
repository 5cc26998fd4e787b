package fr.sne.pieces.domaine;

import org.jspecify.annotations.Nullable;

/**
 * A range of pages of a piece with its own label ("pages 1–2 : avis d'imposition 2025").
 *
 * @param de      the first page (from 1)
 * @param a       the last page (at least {@code de})
 * @param libelle what these pages are, if said
 */
public record PlagePages(int de, int a, @Nullable String libelle) {

    /** The longest label kept. */
    public static final int LIBELLE_MAX = 200;

    public PlagePages {
        if (de < 1 || a < de) {
            throw new IllegalArgumentException("plage de pages invalide : " + de + "–" + a);
        }
        if (libelle != null && (libelle.isBlank() || libelle.length() > LIBELLE_MAX)) {
            throw new IllegalArgumentException("libellé de plage vide ou trop long");
        }
    }
}
