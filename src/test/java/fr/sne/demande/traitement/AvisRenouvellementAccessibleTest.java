package fr.sne.demande.traitement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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

/**
 * A batch of renewal notices is one accessible PDF (PDF/UA-1, veraPDF), each letter from a new page, the same bytes
 * for the same letters; the e-mail says the same as the letter.
 */
class AvisRenouvellementAccessibleTest {

    private static final GenerateurAvis GENERATEUR = new GenerateurAvis(new GenerateurPdf());
    private static final LocalDate JOUR = LocalDate.of(2027, 10, 26);

    @BeforeAll
    static void verapdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static LettreAvis lettre(String numero, String destinataire) {
        return new LettreAvis(numero, destinataire, List.of("12 rue de Paris", "59000 Lille"),
                LocalDate.of(2027, 11, 26), LocalDate.of(2027, 12, 26), "Habitat du Nord (démo)",
                List.of("1 place de la République", "59000 Lille"));
    }

    private static List<TestAssertion> reglesEnEchec(byte[] pdf) throws Exception {
        PDFAFlavour ua = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), ua);
                PDFAValidator validateur = Foundries.defaultInstance().createValidator(ua, false)) {
            ValidationResult resultat = validateur.validate(parser);
            return resultat.getTestAssertions().stream()
                    .filter(t -> t.getStatus() == TestAssertion.Status.FAILED).toList();
        }
    }

    @Test
    void un_lot_de_lettres_est_conforme_pdf_ua_1_une_lettre_par_page() throws Exception {
        List<LettreAvis> lettres = List.of(lettre("0591126000001G5901", "Madame Claire Dupont"),
                lettre("0591126000002G5901", "Monsieur Jérôme Ørsted"),
                lettre("0591126000003G5901", "Madame Zoé Martin"));
        byte[] pdf = GENERATEUR.lot("G5901", JOUR, lettres);

        assertThat(reglesEnEchec(pdf)).extracting(t -> t.getRuleId().getClause() + " " + t.getMessage()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper texte = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                texte.setStartPage(page);
                texte.setEndPage(page);
                String contenu = texte.getText(doc);
                assertThat(contenu).contains(lettres.get(page - 1).numeroUnique())
                        .contains("26/11/2027").contains("26/12/2027");
            }
        }
        assertThat(GENERATEUR.lot("G5901", JOUR, lettres)).as("deterministic").isEqualTo(pdf);
    }

    @Test
    void le_courriel_porte_l_objet_puis_le_texte_de_l_avis() {
        String texte = GENERATEUR.courriel(lettre("0591126000001G5901", "Madame Claire Dupont"), JOUR);
        String objet = texte.substring(0, texte.indexOf('\n'));
        assertThat(objet).contains("0591126000001G5901").contains("26/11/2027");
        assertThat(texte.substring(objet.length())).contains("Madame Claire Dupont").contains("26/12/2027")
                .contains("R441-2-7");
    }
}
