package fr.sne.pieces.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.qr.ContenuQr;
import fr.sne.commun.qr.LecteurQr;
import fr.sne.commun.qr.NatureFeuille;
import fr.sne.commun.qr.SceauQr;

/**
 * The fiche de transmission: one accessible page (PDF/UA-1, veraPDF) naming the demande, its applicant and the
 * pieces still expected, whose QR code a scanner reads back and the registry's key verifies.
 */
class GenerateurFicheTransmissionTest {

    private final SceauQr sceau = SceauQr.avecCle("cle-de-l-essai-de-la-fiche-de-transmission");
    private final GenerateurFicheTransmission generateur = new GenerateurFicheTransmission(new GenerateurPdf(), sceau);

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static FicheTransmission fiche(List<FicheTransmission.PieceAttendue> pieces) {
        return new FicheTransmission("0591126000042G5901", "Madame Hélène Dépôt-Lefèvre",
                List.of("12 rue de l'Église", "59000 Lille"), "Habitat du Nord (démo)", "Nord", pieces,
                Instant.parse("2026-12-07T10:15:00Z"));
    }

    @Test
    void une_page_accessible_avec_le_demandeur_les_pieces_attendues_et_le_qr_code_signe() throws Exception {
        byte[] pdf = generateur.generer(fiche(List.of(
                new FicheTransmission.PieceAttendue("Pièce d'identité ou titre de séjour du demandeur",
                        "Enregistrer la demande"),
                new FicheTransmission.PieceAttendue("Avis d'imposition", "Instruire la demande"))));

        PDFAFlavour ua = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), ua);
                PDFAValidator validateur = Foundries.defaultInstance().createValidator(ua, false)) {
            assertThat(validateur.validate(parser).getTestAssertions())
                    .filteredOn(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .extracting(t -> t.getRuleId().getClause() + " " + t.getMessage()).isEmpty();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String texte = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(texte).contains("Fiche de transmission", "0591126000042G5901", "Madame Hélène Dépôt-Lefèvre",
                    "12 rue de l'Église", "Pièce d'identité ou titre de séjour du demandeur", "Avis d'imposition",
                    "Instruire la demande", "Fiche imprimée le 07/12/2026");
            var image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path png = Path.of("target", "documents", "fiche-transmission.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            assertThat(sceau.verifier(LecteurQr.lire(doc, 0).orElseThrow())).isEqualTo(new ContenuQr(
                    NatureFeuille.FICHE_TRANSMISSION, "0591126000042G5901", LocalDate.of(2026, 12, 7)));
        }
    }

    @Test
    void sans_piece_attendue_la_fiche_le_dit_et_une_longue_liste_tient_sur_une_page() throws Exception {
        try (PDDocument doc = Loader.loadPDF(generateur.generer(fiche(List.of())))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Aucune pièce n'est attendue");
        }
        List<FicheTransmission.PieceAttendue> dix = Collections.nCopies(10, new FicheTransmission.PieceAttendue(
                "Justificatif de la situation professionnelle ou familiale", "Instruire la demande"));
        try (PDDocument doc = Loader.loadPDF(generateur.generer(fiche(dix)))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void deterministe() {
        FicheTransmission f = fiche(List.of());
        assertThat(generateur.generer(f)).isEqualTo(generateur.generer(f));
    }
}
