package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeExemple;
import fr.sne.pieces.PdfEssai;
import fr.sne.pieces.application.RecevoirCerfa;
import fr.sne.pieces.domaine.CerfaNumerise;

/**
 * The national entry centre in the browser (issue 17 §3, ADR 0025): its agent opens the queue of scanned Cerfas,
 * starts typing one — its pages shown beside the registration steps —, registers the demande in the Pas-de-Calais
 * (anywhere), and the scan leaves the queue, filed on the demande; the agent reads that demande and gets the same 404
 * as for a number that does not exist on a demande another guichet registered. Every page passes
 * {@link PagesPro#verifierPage}.
 */
@TestIntegration
class CentreSaisieNavigateurIT {

    private static final Pattern NUMERO = Pattern.compile("062\\d{10}GCNAT");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecevoirCerfa recevoir;

    private CerfaNumerise pliRecu(String reference) throws Exception {
        Path fichier = Files.createTempFile("essai-cerfa", ".pdf");
        try {
            Files.write(fichier, PdfEssai.pages(2, reference));
            return recevoir.recevoir(fichier, 1, reference,
                    Acteur.clientApi("demo-numerisation", "GCNAT", "CENTRE_NATIONAL", "111"));
        } finally {
            Files.deleteIfExists(fichier);
        }
    }

    @Test
    void l_agent_du_centre_saisit_un_cerfa_de_la_file_qui_est_classe_sur_la_demande() throws Exception {
        String reference = "PLI-" + UUID.randomUUID().toString().substring(0, 8);
        CerfaNumerise cerfa = pliRecu(reference);
        String nom = EnregistrementNavigateurIT.nomAuHasard();
        ClientApi api = new ClientApi(port);
        String dAutrui = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(),
                UUID.randomUUID().toString()).json().get("numeroUnique").asString();

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-gcnat");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cerfas à saisir")).first().click();
            page.waitForURL(Pattern.compile(".*/pro/numerisation/cerfas$"));
            Locator ligne = page.locator("#tableau-file tr", new Page.LocatorOptions().setHasText(reference));
            assertThat(ligne.count()).isOne();
            assertThat(ligne.textContent()).contains("1 de formulaire, 1 de pièces jointes");
            PagesPro.verifierPage(session, "centre-file-cerfas");

            ligne.getByRole(AriaRole.BUTTON).click();
            page.waitForURL(Pattern.compile(".*/etapes/demandeur$"));
            Locator volet = page.locator("#volet-source");
            assertThat(volet.isVisible()).isTrue();
            assertThat(volet.locator("img").count()).isEqualTo(2);
            assertThat(volet.locator("img").first().getAttribute("alt")).contains("Page 1 sur 2", "formulaire");
            volet.locator("img").first().scrollIntoViewIfNeeded();
            page.waitForFunction("() => [...document.querySelectorAll('#volet-source img')].slice(0, 1)"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            PagesPro.verifierPage(session, "centre-saisie-1-demandeur");

            page.locator("#demandeur-civilite").selectOption("2");
            page.locator("#demandeur-nomNaissance").fill(nom);
            page.locator("#demandeur-prenoms").fill("Claire");
            page.locator("#demandeur-dateNaissance").fill("1988-04-12");
            page.locator("#demandeur-sexe").selectOption("F");
            page.locator("#demandeur-nationalite").selectOption("1");
            page.locator("#adresse-voie").fill("3 place des Héros");
            page.locator("#adresse-codePostal").fill("62000");
            page.locator("#adresse-commune").fill("62041");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");
            assertThat(page.locator("#volet-source").isVisible()).as("le scan suit les étapes").isTrue();
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/menage");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-actuel");
            page.locator("#logementActuel-modele").selectOption("LP");
            page.locator("#logementActuel-nombreOccupants").fill("1");
            page.locator("#logementActuel-loyerMensuel").fill("540");
            cocher(page, "motifs-09");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/ressources");
            page.locator("#demandeur-situationProfessionnelle-typeContrat").selectOption("CDI");
            page.locator("#demandeur-ressourcesMensuelles-0-type").selectOption("SAL");
            page.locator("#demandeur-ressourcesMensuelles-0-montant").fill("1 350");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
            cocher(page, "logementRecherche-typesLogement-T2");
            page.locator("#logementRecherche-communesSouhaitees-0").fill("62041");
            page.locator("#logementRecherche-nombrePersonnes").fill("1");
            cocher(page, "logementRecherche-demandeElargie-true");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/situation");
            suivant(page);
            assertThat(page.url()).as(page.locator("main").innerText()).endsWith("/etapes/recapitulatif");
            PagesPro.verifierPage(session, "centre-saisie-8-recapitulatif");
            page.locator("#enregistrer-demande").click();
            page.waitForURL(Pattern.compile(".*/confirmation$"));

            String numero = page.locator("#numero-unique").textContent().strip();
            assertThat(numero).matches(NUMERO);
            assertThat(page.locator("#classement-echoue").count()).as(page.locator("main").innerText()).isZero();
            PagesPro.verifierPage(session, "centre-saisie-confirmation");

            // filed: out of the queue, two pieces "à qualifier" on the demande
            assertThat(jdbc.sql("select etat || ' ' || numero_unique from cerfa_numerise where id = ?")
                    .param(cerfa.id()).query(String.class).single()).isEqualTo("SAISI " + numero);
            assertThat(jdbc.sql("select count(*) from piece where numero_unique = ? and categorie = 'A_QUALIFIER'")
                    .param(numero).query(Long.class).single()).isEqualTo(2);
            page.navigate("/pro/numerisation/cerfas");
            assertThat(page.locator("main").textContent()).doesNotContain(reference);

            // it reads its demande, not another guichet's
            assertThat(page.navigate("/pro/demandes/" + numero).status()).isEqualTo(200);
            assertThat(page.locator("main").textContent()).contains(nom);
            assertThat(page.navigate("/pro/demandes/" + dAutrui).status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Page introuvable");
            PagesPro.verifierPage(session, "centre-demande-d-autrui");
        }

        // an agent of an ordinary guichet has no queue
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            assertThat(page.locator("nav").getByText("Cerfas à saisir").count()).isZero();
            assertThat(page.navigate("/pro/numerisation/cerfas").status()).isEqualTo(403);
        }
    }

    private static void cocher(Page page, String id) {
        page.locator("label[for='" + id + "']").click();
    }

    private static void suivant(Page page) {
        page.locator("#etape-suivante").click();
        page.waitForLoadState();
    }
}
