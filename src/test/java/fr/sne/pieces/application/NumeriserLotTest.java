package fr.sne.pieces.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.qr.SceauQr;
import fr.sne.pieces.application.NumeriserLot.LotRefuseException;
import fr.sne.pieces.application.NumeriserLot.PlageLot;

/**
 * Every bundle refused before a piece is lodged (no store, no database reached: the intake stops first): not a PDF,
 * truncated, encrypted, too long, no code, a forged code, the sheet alone, ranges that do not cover the bundle.
 */
class NumeriserLotTest {

    private static final SceauQr SCEAU = SceauQr.avecCle("cle-de-l-essai-du-depot-des-lots-numerises");
    private static final GenerateurPdf PDF = new GenerateurPdf();
    /** No DeposerPiece: a refused bundle never reaches it (a call would fail the test). */
    private final NumeriserLot numeriser = new NumeriserLot(null, SCEAU);
    private final Acteur prestataire = Acteur.clientApi("demo-numerisation", "GNUMA", "ETAT", "111");
    private Path fichier;

    @AfterEach
    void effacer() throws Exception {
        if (fichier != null) {
            Files.deleteIfExists(fichier);
        }
    }

    private static byte[] fiche(SceauQr sceau) {
        return new GenerateurFicheTransmission(PDF, sceau).generer(new FicheTransmission("0591126000042G5901",
                "Claire Test", List.of("12 rue de Paris"), "Habitat du Nord (démo)", "Nord", List.of(),
                Instant.parse("2026-12-07T10:00:00Z")));
    }

    /** The fiche followed by this many blank pages. */
    private static byte[] lot(byte[] fiche, int pages) throws Exception {
        try (PDDocument doc = Loader.loadPDF(fiche)) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            doc.save(sortie);
            return sortie.toByteArray();
        }
    }

    private CodeMotif refus(byte[] contenu, List<PlageLot> plages) throws Exception {
        fichier = Files.createTempFile("lot-essai-", ".pdf");
        Files.write(fichier, contenu);
        try {
            numeriser.executer(fichier, plages, prestataire);
        } catch (LotRefuseException e) {
            return e.code();
        }
        throw new AssertionError("lot accepté");
    }

    @Test
    void pas_un_pdf_tronque_vide_ou_chiffre_est_un_lot_illisible() throws Exception {
        byte[] lot = lot(fiche(SCEAU), 2);
        assertThat(refus("pas un PDF".getBytes(), List.of())).isEqualTo(CodeMotif.LOT_ILLISIBLE);
        assertThat(refus(new byte[0], List.of())).isEqualTo(CodeMotif.LOT_ILLISIBLE);
        assertThat(refus(Arrays.copyOf(lot, 200), List.of())).isEqualTo(CodeMotif.LOT_ILLISIBLE);
        try (PDDocument doc = Loader.loadPDF(lot)) {
            StandardProtectionPolicy politique = new StandardProtectionPolicy("proprietaire", "secret",
                    new AccessPermission());
            politique.setEncryptionKeyLength(128);
            doc.protect(politique);
            ByteArrayOutputStream chiffre = new ByteArrayOutputStream();
            doc.save(chiffre);
            assertThat(refus(chiffre.toByteArray(), List.of())).isEqualTo(CodeMotif.LOT_ILLISIBLE);
        }
    }

    @Test
    void sans_code_lisible_ou_avec_un_code_contrefait_le_lot_est_refuse() throws Exception {
        try (PDDocument blanc = new PDDocument()) {
            blanc.addPage(new PDPage());
            blanc.addPage(new PDPage());
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            blanc.save(sortie);
            assertThat(refus(sortie.toByteArray(), List.of())).isEqualTo(CodeMotif.QR_ILLISIBLE);
        }
        byte[] contrefaite = fiche(SceauQr.avecCle("la-cle-d-un-faussaire-qui-connait-le-schema"));
        assertThat(refus(lot(contrefaite, 1), List.of())).isEqualTo(CodeMotif.QR_INVALIDE);
        // the code must be on the first page: a genuine fiche behind another page is not looked for
        PDFMergerUtility fusion = new PDFMergerUtility();
        try (PDDocument devant = new PDDocument(); PDDocument fiche = Loader.loadPDF(fiche(SCEAU))) {
            devant.addPage(new PDPage());
            fusion.appendDocument(devant, fiche);
            ByteArrayOutputStream sortie = new ByteArrayOutputStream();
            devant.save(sortie);
            assertThat(refus(sortie.toByteArray(), List.of())).isEqualTo(CodeMotif.QR_ILLISIBLE);
        }
    }

    @Test
    void la_feuille_seule_ou_des_plages_qui_ne_couvrent_pas_le_lot_sont_refusees() throws Exception {
        assertThat(refus(fiche(SCEAU), List.of())).isEqualTo(CodeMotif.LOT_SANS_PIECE);
        byte[] quatre = lot(fiche(SCEAU), 3);
        for (List<PlageLot> plages : List.of(
                List.of(new PlageLot(2, 3, null, null)),
                List.of(new PlageLot(1, 4, null, null)),
                List.of(new PlageLot(2, 2, null, null), new PlageLot(4, 4, null, null)),
                List.of(new PlageLot(2, 3, null, null), new PlageLot(3, 4, null, null)),
                List.of(new PlageLot(2, 5, null, null)),
                List.of(new PlageLot(3, 2, null, null), new PlageLot(2, 4, null, null)))) {
            assertThat(refus(quatre, plages)).as(plages.toString()).isEqualTo(CodeMotif.PLAGES_PAGES_INVALIDES);
        }
    }

    @Test
    void plus_de_pages_que_la_borne_est_refuse_et_un_lot_valide_va_jusqu_au_depot() throws Exception {
        assertThat(refus(lot(fiche(SCEAU), NumeriserLot.PAGES_MAX), List.of())).isEqualTo(CodeMotif.TAILLE);
        // a genuine fiche and one page pass every check and reach the lodging (absent here)
        assertThatThrownBy(() -> refus(lot(fiche(SCEAU), 1), List.of())).isInstanceOf(NullPointerException.class);
    }
}
