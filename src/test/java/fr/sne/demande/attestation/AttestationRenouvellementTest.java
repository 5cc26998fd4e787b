package fr.sne.demande.attestation;

import static fr.sne.demande.attestation.DonneesAttestationBuilder.uneAttestation;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.sne.commun.document.GenerateurPdf;

/** A renewed demande's attestation says so, and carries a QR code of its numéro unique with a text alternative. */
class AttestationRenouvellementTest {

    private final GenerateurAttestation generateur = new GenerateurAttestation(new GenerateurPdf());

    private static List<BufferedImage> images(PDDocument doc) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (COSName nom : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(nom) instanceof PDImageXObject image) {
                    images.add(image.getImage());
                }
            }
        }
        return images;
    }

    private static void figures(PDStructureNode noeud, List<String> alternatives) {
        for (Object enfant : noeud.getKids()) {
            if (enfant instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStandardStructureType())) {
                    alternatives.add(element.getAlternateDescription());
                }
                figures(element, alternatives);
            }
        }
    }

    @Test
    void l_attestation_de_renouvellement_porte_la_date_et_un_qr_code_lisible_du_numero_unique() throws Exception {
        DonneesAttestation d = uneAttestation().numeroUnique("0591124000042G5901")
                .dateDernierRenouvellement(LocalDate.of(2025, 11, 3)).dateFinValidite(LocalDate.of(2026, 11, 3))
                .build();

        try (PDDocument doc = Loader.loadPDF(generateur.generer(d))) {
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(texte).contains("Attestation de renouvellement", "renouvelée le 03/11/2025",
                    "valable jusqu'au 03/11/2026", "Renouvelée le 03/11/2025");
            assertThat(doc.getDocumentInformation().getTitle())
                    .startsWith(GenerateurAttestation.TITRE_RENOUVELLEMENT);

            List<BufferedImage> images = images(doc);
            assertThat(images).hasSize(1);
            String lu = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(images.getFirst())))).getText();
            assertThat(lu).isEqualTo("SNE:NUN:0591124000042G5901");

            List<String> alternatives = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot(), alternatives);
            assertThat(alternatives).singleElement().asString().contains("0591124000042G5901");
        }
    }

    @Test
    void sans_renouvellement_c_est_une_attestation_d_enregistrement_sans_qr_code() throws Exception {
        DonneesAttestation d = uneAttestation().dateDernierRenouvellement(null).build();

        try (PDDocument doc = Loader.loadPDF(generateur.generer(d))) {
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(texte).contains("Attestation d'enregistrement").doesNotContain("renouvelée le");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith(GenerateurAttestation.TITRE);
            assertThat(images(doc)).isEmpty();
        }
    }
}
