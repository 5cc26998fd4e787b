package fr.sne.pieces.application.port;

import java.nio.file.Path;

/**
 * The check of a file's content before it is accepted as a piece: its type recognised from its bytes (never from its
 * name or declared type), then parsed as that type, refusing what a piece must not be (issue 17, "Bad input").
 */
public interface ControleContenu {

    /**
     * @return the type recognised and the number of pages (1 for an image)
     * @throws fr.sne.commun.DonneesInvalidesException field {@code fichier}: an empty file ({@code PIECE_VIDE}), a type
     *         not admitted ({@code TYPE_PIECE_NON_ADMIS}), a truncated file ({@code PIECE_TRONQUEE}), an unreadable one
     *         ({@code PIECE_ILLISIBLE}), an encrypted PDF ({@code PDF_CHIFFRE}), a PDF with JavaScript
     *         ({@code PDF_JAVASCRIPT}) or embedded files ({@code PDF_FICHIER_INCORPORE}), an image declaring too many
     *         pixels ({@code IMAGE_TROP_GRANDE}, read from its header only)
     */
    ContenuReconnu examiner(Path fichier);

    /** What the check recognised. */
    record ContenuReconnu(String typeMedia, int pages) {
    }
}
