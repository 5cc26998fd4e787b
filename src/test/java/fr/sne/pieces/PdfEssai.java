package fr.sne.pieces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/** Small PDFs for the tests: "scans" of so many pages (each different), and hostile ones. */
public final class PdfEssai {

    private PdfEssai() {
    }

    /** A PDF of this many A4 pages, each carrying its number and this mark (so that two marks differ). */
    public static byte[] pages(int nombre, String marque) {
        return ecrire(nombre, marque, document -> {
        });
    }

    public static byte[] chiffre(String marque) {
        return ecrire(1, marque, document -> {
            document.protect(new StandardProtectionPolicy("proprietaire", "lecteur", new AccessPermission()));
        });
    }

    public static byte[] avecJavaScript(String marque) {
        return ecrire(1, marque, document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('essai')")));
    }

    public static byte[] tronque(String marque) {
        byte[] entier = pages(2, marque);
        return Arrays.copyOf(entier, entier.length / 3);
    }

    private interface Retouche {
        void appliquer(PDDocument document) throws IOException;
    }

    private static byte[] ecrire(int nombre, String marque, Retouche retouche) {
        try (PDDocument document = new PDDocument()) {
            PDType1Font police = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= nombre; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream contenu = new PDPageContentStream(document, page)) {
                    contenu.beginText();
                    contenu.setFont(police, 14);
                    contenu.newLineAtOffset(72, 760);
                    contenu.showText("Cerfa 14069 - essai " + marque + " - page " + i);
                    contenu.endText();
                    contenu.addRect(72, 100, 400, 600);
                    contenu.stroke();
                }
            }
            retouche.appliquer(document);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            document.save(sortie);
            return sortie.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
