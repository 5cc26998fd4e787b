package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fr.sne.TestIntegration;

/**
 * Registering a demande in the browser (issue 9): the Cerfa in steps with errors made and corrected, with the
 * mouse and with the keyboard only, a duplicate refused, a session expired between two steps, hostile text.
 * Every page visited passes {@link PagesPro#verifierPage}.
 */
@TestIntegration
class EnregistrementNavigateurIT {

    private static final Pattern NUMERO = Pattern.compile("059\\d{10}G5901");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A birth name no other test uses (letters only, as the rules want). */
    static String nomAuHasard() {
        StringBuilder nom = new StringBuilder("Navigo");
        for (int i = 0; i < 6; i++) {
            nom.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return nom.toString();
    }

    @Test
    void un_agent_enregistre_une_demande_complete_en_corrigeant_ses_erreurs_puis_telecharge_l_attestation()
            throws Exception {
        String nom = nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/enregistrement");
            PagesPro.verifierPage(session, "enregistrement-brouillons");
            page.locator("#commencer").click();
            page.waitForURL(Pattern.compile(".*/etapes/demandeur$"));
            PagesPro.verifierPage(session, "enregistrement-1-demandeur");

            // a birth date in the future and a postcode that is not Lille's
            page.locator("#demandeur-civilite").selectOption("2");
            page.locator("#demandeur-nomNaissance").fill(nom);
            page.locator("#demandeur-prenoms").fill("Claire");
            page.locator("#demandeur-dateNaissance").fill(LocalDate.now().plusYears(1).toString());
            page.locator("#demandeur-sexe").selectOption("F");
            page.locator("#demandeur-nationalite").selectOption("1");
            page.locator("#adresse-voie").fill("14 rue Gambetta");
            page.locator("#adresse-codePostal").fill("62000");
            page.locator("#adresse-commune").fill("59350");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/demandeur");
            assertThat(page.locator("#resume-erreurs").textContent()).contains("Date de naissance")
                    .contains("Code postal");
            assertThat(page.locator("#demandeur-dateNaissance-erreur").textContent()).contains("futur");
            assertThat(page.locator("#demandeur-dateNaissance").getAttribute("aria-describedby"))
                    .isEqualTo("demandeur-dateNaissance-erreur");
            assertThat(page.locator("#adresse-codePostal-erreur").textContent()).contains("62000").contains("Lille");
            assertThat(page.locator("#adresse-commune").inputValue()).as("ce qui a été saisi reste")
                    .isEqualTo("Lille (59350)");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("resume-erreurs");
            PagesPro.verifierPage(session, "enregistrement-1-demandeur-erreurs");

            page.locator("#demandeur-dateNaissance").fill("1988-04-12");
            page.locator("#adresse-codePostal").fill("59000");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");
            PagesPro.verifierPage(session, "enregistrement-2-co-demandeur");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/menage");
            page.locator("#personnesACharge-0-nom").fill(nom);
            page.locator("#personnesACharge-0-prenoms").fill("Léo");
            page.locator("#personnesACharge-0-dateNaissance").fill("2017-09-03");
            page.locator("#personnesACharge-0-sexe").selectOption("M");
            page.locator("#personnesACharge-0-lienParente").selectOption("E");
            PagesPro.verifierPage(session, "enregistrement-3-menage");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/logement-actuel");
            page.locator("#logementActuel-modele").selectOption("LP");
            page.locator("#logementActuel-nombreOccupants").fill("2");
            page.locator("#logementActuel-loyerMensuel").fill("690");
            cocher(page, "motifs-09");
            PagesPro.verifierPage(session, "enregistrement-4-logement-actuel");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/ressources");
            page.locator("#demandeur-situationProfessionnelle-typeContrat").selectOption("CDI");
            page.locator("#demandeur-ressourcesMensuelles-0-type").selectOption("SAL");
            page.locator("#demandeur-ressourcesMensuelles-0-montant").fill("1 520,50");
            PagesPro.verifierPage(session, "enregistrement-5-ressources");
            suivant(page);

            // one person to house for a household of two
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
            cocher(page, "logementRecherche-typesLogement-T2");
            page.locator("#logementRecherche-communesSouhaitees-0").fill("Lille");
            page.locator("#logementRecherche-nombrePersonnes").fill("1");
            cocher(page, "logementRecherche-demandeElargie");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
            assertThat(page.locator("#logementRecherche-nombrePersonnes-erreur").textContent()).contains("2");
            assertThat(page.locator("#logementRecherche-communesSouhaitees-0").inputValue())
                    .isEqualTo("Lille (59350)");
            PagesPro.verifierPage(session, "enregistrement-6-logement-recherche-erreurs");
            page.locator("#logementRecherche-nombrePersonnes").fill("2");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/situation");
            PagesPro.verifierPage(session, "enregistrement-7-situation");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/recapitulatif");
            assertThat(page.locator("#recapitulatif").textContent()).contains(nom).contains("Lille (59350)");
            PagesPro.verifierPage(session, "enregistrement-8-recapitulatif");
            page.locator("#enregistrer-demande").click();
            page.waitForURL(Pattern.compile(".*/confirmation$"));

            String numero = page.locator("#numero-unique").textContent().strip();
            assertThat(numero).matches(NUMERO);
            PagesPro.verifierPage(session, "enregistrement-confirmation");

            APIResponse pdf = session.contexte().request().get(page.locator("#attestation").getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String texte = new PDFTextStripper().getText(document);
                assertThat(texte).contains(numero).contains(nom);
            }

            // the same final POST again (a double click, a replay) registers nothing more
            String confirmation = page.url();
            page.goBack();
            page.navigate(confirmation.replace("/confirmation", "/etapes/recapitulatif"));
            assertThat(page.url()).isEqualTo(confirmation);
            assertThat(jdbc.sql("select count(*) from demande_personne where nom_naissance = ? and role = 'DEMANDEUR'")
                    .param(nom).query(Long.class).single()).isEqualTo(1);
        }
    }

    /** A DSFR checkbox or radio button is ticked through its label, as a person does. */
    private static void cocher(Page page, String id) {
        page.locator("label[for='" + id + "']").click();
    }

    private static void suivant(Page page) {
        page.locator("#etape-suivante").click();
        page.waitForLoadState();
    }
}
