package fr.sne.demande.attestation;

import static fr.sne.demande.attestation.DonneesAttestationBuilder.uneAttestation;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.qr.SceauQr;

/** The attestation is an accessible PDF (PDF/UA-1, checked by veraPDF) and looks like a letter (page 1 as PNG). */
class AttestationAccessibleTest {

    private final GenerateurAttestation generateur =
            new GenerateurAttestation(new GenerateurPdf(), SceauQr.avecCle(SceauQr.CLE_DEMONSTRATION));

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static List<TestAssertion> reglesEnEchec(byte[] pdf) throws Exception {
        PDFAFlavour ua = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), ua);
                PDFAValidator validateur = Foundries.defaultInstance().createValidator(ua, false)) {
            ValidationResult resultat = validateur.validate(parser);
            assertThat(resultat.getPDFAFlavour()).isEqualTo(ua);
            return resultat.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED).toList();
        }
    }

    @Test
    void conforme_pdf_ua_1_sans_aucune_regle_en_echec() throws Exception {
        byte[] pdf = generateur.generer(uneAttestation().build());
        assertThat(reglesEnEchec(pdf)).extracting(t -> t.getRuleId().getClause() + " " + t.getMessage()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // tagged, titled, in French, with a structure tree
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            PDStructureTreeRoot structure = doc.getDocumentCatalog().getStructureTreeRoot();
            assertThat(structure).isNotNull();
            assertThat(structure.getKids()).isNotEmpty();
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
        }
    }

    @Test
    void un_document_non_balise_echoue_a_la_meme_validation() throws Exception {
        // the validation above can fail: a PDF without tags nor title is refused
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var sortie = new java.io.ByteArrayOutputStream();
            doc.save(sortie);
            assertThat(reglesEnEchec(sortie.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void la_premiere_page_rendue_en_image_n_est_pas_blanche() throws Exception {
        byte[] pdf = generateur.generer(uneAttestation().build());
        BufferedImage image;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
        }
        Path png = Path.of("target", "documents", "attestation-p1.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(image, "png", png.toFile());

        long sombres = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    sombres++;
                }
            }
        }
        double part = (double) sombres / ((long) image.getWidth() * image.getHeight());
        // text covers a few percent of a letter page; a blank or a black page would be far off
        assertThat(part).isBetween(0.01, 0.30);
    }
}
