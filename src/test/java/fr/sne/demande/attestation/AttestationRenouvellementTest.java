package fr.sne.demande.attestation;

import static fr.sne.demande.attestation.DonneesAttestationBuilder.uneAttestation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.ZoneId;
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

import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.qr.ContenuQr;
import fr.sne.commun.qr.LecteurQr;
import fr.sne.commun.qr.NatureFeuille;
import fr.sne.commun.qr.QrRefuseException;
import fr.sne.commun.qr.SceauQr;

/**
 * Both attestations (registration and renewal) carry the registry's signed QR code on their first page, the page
 * sent back with paper pieces (ADR 0024), with a text alternative; the renewal one says it is one.
 */
class AttestationRenouvellementTest {

    private final SceauQr sceau = SceauQr.avecCle("cle-de-l-essai-des-qr-codes-des-attestations");
    private final GenerateurAttestation generateur = new GenerateurAttestation(new GenerateurPdf(), sceau);

    private static List<BufferedImage> images(PDPage page) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        for (COSName nom : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(nom) instanceof PDImageXObject image) {
                images.add(image.getImage());
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

    /** The one QR code of the document: on page 1 only, read off the page as a scanner would, then verified. */
    private ContenuQr qrDeLaPremierePage(PDDocument doc) throws Exception {
        assertThat(images(doc.getPage(0))).hasSize(1);
        for (int i = 1; i < doc.getNumberOfPages(); i++) {
            assertThat(images(doc.getPage(i))).as("page %d", i + 1).isEmpty();
        }
        String lu = LecteurQr.lire(doc, 0).orElseThrow();
        return sceau.verifier(lu);
    }

    @Test
    void l_attestation_de_renouvellement_porte_la_date_et_le_qr_code_signe_en_premiere_page() throws Exception {
        DonneesAttestation d = uneAttestation().numeroUnique("0591124000042G5901")
                .dateDernierRenouvellement(LocalDate.of(2025, 11, 3)).dateFinValidite(LocalDate.of(2026, 11, 3))
                .build();

        try (PDDocument doc = Loader.loadPDF(generateur.generer(d))) {
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(texte).contains("Attestation de renouvellement", "renouvelée le 03/11/2025",
                    "valable jusqu'au 03/11/2026", "Renouvelée le 03/11/2025");
            assertThat(doc.getDocumentInformation().getTitle())
                    .startsWith(GenerateurAttestation.TITRE_RENOUVELLEMENT);

            assertThat(qrDeLaPremierePage(doc)).isEqualTo(new ContenuQr(NatureFeuille.ATTESTATION_RENOUVELLEMENT,
                    "0591124000042G5901", d.genereLe().atZone(ZoneId.of("Europe/Paris")).toLocalDate()));

            List<String> alternatives = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot(), alternatives);
            assertThat(alternatives).singleElement().asString().contains("0591124000042G5901");
        }
    }

    @Test
    void l_attestation_d_enregistrement_porte_aussi_le_qr_code_signe_en_premiere_page() throws Exception {
        DonneesAttestation d = uneAttestation().numeroUnique("0591124000043G5902").dateDernierRenouvellement(null)
                .build();

        try (PDDocument doc = Loader.loadPDF(generateur.generer(d))) {
            String premiere = texte(doc, 1);
            assertThat(premiere).contains("Attestation d'enregistrement", "joignez-y cette première page")
                    .doesNotContain("renouvelée le");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith(GenerateurAttestation.TITRE);
            ContenuQr contenu = qrDeLaPremierePage(doc);
            assertThat(contenu.nature()).isEqualTo(NatureFeuille.ATTESTATION_ENREGISTREMENT);
            assertThat(contenu.numeroUnique()).isEqualTo("0591124000043G5902");
        }
    }

    @Test
    void une_autre_cle_ne_reconnait_pas_le_qr_code_de_l_attestation() throws Exception {
        DonneesAttestation d = uneAttestation().build();
        try (PDDocument doc = Loader.loadPDF(generateur.generer(d))) {
            String lu = LecteurQr.lire(doc, 0).orElseThrow();
            SceauQr autre = SceauQr.avecCle("une-autre-cle-que-celle-des-attestations-imprimees");
            assertThatThrownBy(() -> autre.verifier(lu))
                    .isInstanceOf(QrRefuseException.class);
        }
    }

    @Test
    void pour_enregistrer_seule_la_piece_d_identite_ou_de_sejour_du_demandeur_est_exigee() throws Exception {
        DonneesAttestation d = uneAttestation().build();
        try (PDDocument doc = Loader.loadPDF(generateur.generer(d))) {
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            String pourEnregistrer = texte.substring(texte.indexOf("A. Pour enregistrer"),
                    texte.indexOf("B. Pour instruire"));
            assertThat(pourEnregistrer).contains("celle du demandeur", "carte d'identité ou son passeport",
                    "titre de séjour").doesNotContainIgnoringCase("co-demandeur");
            String pourInstruire = texte.substring(texte.indexOf("B. Pour instruire"));
            assertThat(pourInstruire).contains("du co-demandeur et des autres personnes à loger");
        }
    }

    private static String texte(PDDocument doc, int page) throws Exception {
        PDFTextStripper extracteur = new PDFTextStripper();
        extracteur.setStartPage(page);
        extracteur.setEndPage(page);
        return extracteur.getText(doc).replaceAll("\\s+", " ");
    }
}
