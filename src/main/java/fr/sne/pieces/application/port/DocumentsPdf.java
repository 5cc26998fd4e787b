package fr.sne.pieces.application.port;

import java.io.InputStream;
import java.nio.file.Path;

/** What the pieces module does with a PDF's content: check it, cut page ranges from it, show a page as an image. */
public interface DocumentsPdf {

    /**
     * Reads the file as a PDF, recognised by its content (never its name or declared type).
     *
     * @return its number of pages
     * @throws PdfRefuse when it is no PDF, is truncated or unreadable, encrypted, or carries JavaScript or embedded
     *         files
     */
    int examiner(Path fichier);

    /** Writes pages {@code de..a} (from 1) of the source into a new PDF file. */
    void extraire(InputStream source, int de, int a, Path cible);

    /** A page (from 1) as a PNG image, for the agent's screen. */
    byte[] imagePage(InputStream source, int page);

    /** A PDF refused, with what is wrong (in French, for the problem's message). */
    final class PdfRefuse extends RuntimeException {

        private final boolean pdf;

        /** @param pdf false when the content is not a PDF at all */
        public PdfRefuse(String raison, boolean pdf) {
            super(raison);
            this.pdf = pdf;
        }

        public boolean estUnPdf() {
            return pdf;
        }
    }
}
