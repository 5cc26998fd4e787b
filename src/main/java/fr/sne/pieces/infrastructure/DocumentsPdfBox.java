package fr.sne.pieces.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.stereotype.Component;

import fr.sne.pieces.application.port.DocumentsPdf;

/**
 * PDFBox reads the scans: from a file, through a stream cache on disk (never the whole document on the heap); the
 * first bytes must say {@code %PDF-}; an encrypted PDF, or one with JavaScript (named or run at opening) or embedded
 * files, is refused. Page images are drawn at 100 dpi in grey levels, enough to read a form beside the wizard.
 */
@Component
class DocumentsPdfBox implements DocumentsPdf {

    /** A scanned Cerfa and its pieces: more pages than this is not one envelope. */
    static final int PAGES_MAX = 200;

    private static final int RESOLUTION = 100;

    @Override
    public int examiner(Path fichier) {
        verifierEntete(fichier);
        try (PDDocument document = Loader.loadPDF(fichier.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (document.isEncrypted()) {
                throw new PdfRefuse("le PDF est chiffré", true);
            }
            PDDocumentNameDictionary noms = document.getDocumentCatalog().getNames();
            if (noms != null && noms.getJavaScript() != null) {
                throw new PdfRefuse("le PDF contient du JavaScript", true);
            }
            if (document.getDocumentCatalog().getOpenAction() instanceof PDActionJavaScript) {
                throw new PdfRefuse("le PDF exécute du JavaScript à l'ouverture", true);
            }
            if (noms != null && noms.getEmbeddedFiles() != null) {
                throw new PdfRefuse("le PDF contient des fichiers incorporés", true);
            }
            int pages = document.getNumberOfPages();
            if (pages < 1) {
                throw new PdfRefuse("le PDF n'a aucune page", true);
            }
            if (pages > PAGES_MAX) {
                throw new PdfRefuse("le PDF a plus de " + PAGES_MAX + " pages", true);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new PdfRefuse("le PDF est chiffré", true);
        } catch (IOException e) {
            throw new PdfRefuse("le PDF est illisible ou tronqué", true);
        }
    }

    private static void verifierEntete(Path fichier) {
        byte[] debut = new byte[1024];
        int lus;
        try (InputStream flux = Files.newInputStream(fichier)) {
            lus = flux.readNBytes(debut, 0, debut.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (lus == 0) {
            throw new PdfRefuse("le fichier est vide", false);
        }
        if (!new String(debut, 0, lus, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            throw new PdfRefuse("le contenu n'est pas un PDF", false);
        }
    }

    @Override
    public void extraire(InputStream source, int de, int a, Path cible) {
        avecDocument(source, document -> {
            try (PDDocument extrait = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                for (int i = de; i <= a; i++) {
                    extrait.importPage(document.getPage(i - 1));
                }
                extrait.save(cible.toFile());
            }
            return null;
        });
    }

    @Override
    public byte[] imagePage(InputStream source, int page) {
        return avecDocument(source, document -> {
            if (page < 1 || page > document.getNumberOfPages()) {
                throw new IllegalArgumentException("page " + page + " hors du document");
            }
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page - 1, RESOLUTION, ImageType.GRAY);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        });
    }

    private interface Travail<T> {
        T faire(PDDocument document) throws IOException;
    }

    private static <T> T avecDocument(InputStream source, Travail<T> travail) {
        Path copie = null;
        try {
            copie = Files.createTempFile("sne-cerfa-", ".pdf");
            Files.copy(source, copie, StandardCopyOption.REPLACE_EXISTING);
            try (PDDocument document = Loader.loadPDF(copie.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
                return travail.faire(document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copie != null) {
                try {
                    Files.deleteIfExists(copie);
                } catch (IOException e) {
                    // a temporary file the system cleans
                }
            }
        }
    }
}
