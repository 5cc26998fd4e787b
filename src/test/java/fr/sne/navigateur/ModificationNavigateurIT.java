package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;
import tools.jackson.databind.JsonNode;

/**
 * "Modifier la demande" in a real browser: the registration's steps pre-filled with the demande's content, an
 * error corrected on the way, the rubrics changed shown then written (MOD in the history); a modification made
 * stale by a change through the API refused with nothing written, then started again from the current content;
 * another agent's draft, another territory and a gestionnaire kept out. Every page visited passes
 * {@link PagesPro#verifierPage}.
 */
@TestIntegration
class ModificationNavigateurIT {

    private static final Pattern ETAPE = Pattern.compile(".*/pro/demandes/(\\d{13}G\\d{4})/modification/([0-9a-f-]{36})/etapes/([a-z-]+)$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static String enregistrer(ClientApi api, DemandeExemple demande) {
        ClientApi.Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private int mouvements(String numero, String type) {
        return jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = ?")
                .params(numero, type).query(Integer.class).single();
    }

    private static void suivant(Page page) {
        page.locator("#etape-suivante").click();
        page.waitForLoadState();
    }

    /** Opens the modification from the demande's page; returns the draft's address (without "/etapes/..."). */
    private static String ouvrirModification(Navigateur.Session session, String numero, String capture) {
        Page page = session.page();
        page.navigate("/pro/demandes/" + numero);
        PagesPro.verifierPage(session, capture);
        page.locator("#modifier-demande").click();
        page.waitForURL(ETAPE);
        Matcher m = ETAPE.matcher(page.url());
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo(numero);
        assertThat(m.group(3)).isEqualTo("demandeur");
        return "/pro/demandes/" + numero + "/modification/" + m.group(2);
    }

    @Test
    void un_agent_modifie_l_adresse_et_une_commune_souhaitee_en_corrigeant_une_erreur() {
        ClientApi api = new ClientApi(port);
        DemandeExemple exemple = DemandeExemple.nord();
        String numero = enregistrer(api, exemple);
        JsonNode avant = api.get("G5901", "/v1.0/demandes/" + numero).json().get("demande");

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            String brouillon = ouvrirModification(session, numero, "modification-demande");
            assertThat(page.locator("h1").textContent()).isEqualTo("Modifier la demande " + numero);
            assertThat(page.locator("#demandeur-nomNaissance").inputValue()).isEqualTo(exemple.nom());
            assertThat(page.locator("#adresse-voie").inputValue()).isEqualTo("12 rue de Paris");
            PagesPro.verifierPage(session, "modification-1-demandeur");
            page.locator("#adresse-voie").fill("8 place du Théâtre");
            suivant(page);

            // every step passed through as it is (its hidden fields kept), up to the wished communes
            List<String> vues = new ArrayList<>();
            while (!page.url().endsWith("/etapes/logement-recherche")) {
                String etape = page.url().substring(page.url().lastIndexOf('/') + 1);
                vues.add(etape);
                PagesPro.verifierPage(session, "modification-" + etape);
                suivant(page);
            }
            assertThat(vues).containsExactly("co-demandeur", "menage", "logement-actuel", "ressources");
            assertThat(page.locator("#logementRecherche-communesSouhaitees-1").inputValue())
                    .isEqualTo("Roubaix (59512)");
            page.locator("#logementRecherche-communesSouhaitees-1").fill("Nullepart-sur-Deûle");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
            assertThat(page.locator("#resume-erreurs").textContent()).contains("Commune souhaitée 2",
                    "Aucune commune ne correspond");
            assertThat(page.locator("#logementRecherche-communesSouhaitees-1").getAttribute("aria-describedby"))
                    .isEqualTo("logementRecherche-communesSouhaitees-1-messages");
            assertThat(page.locator("#logementRecherche-communesSouhaitees-1-messages").textContent())
                    .contains("Aucune commune ne correspond");
            PagesPro.verifierPage(session, "modification-logement-recherche-erreur");
            page.locator("#logementRecherche-communesSouhaitees-1").fill("Tourcoing");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/situation");
            PagesPro.verifierPage(session, "modification-situation");
            suivant(page);

            assertThat(page.url()).endsWith(brouillon + "/etapes/recapitulatif");
            assertThat(page.locator("#rubriques-modifiees li").allTextContents())
                    .containsExactly("Adresse", "Logement recherché");
            assertThat(page.locator("#enregistrer-demande").count()).isZero();
            PagesPro.verifierPage(session, "modification-recapitulatif");
            page.locator("#enregistrer-modifications").click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero + "(\\?onglet=identite)?$"));
            assertThat(page.locator("#message-succes").textContent()).contains("modifiée", "adresse",
                    "logement recherché");
            assertThat(page.locator("main").textContent()).contains("8 place du Théâtre");
            PagesPro.verifierPage(session, "modification-enregistree");

            page.navigate("/pro/demandes/" + numero + "?onglet=historique");
            assertThat(page.locator("#tableau-historique tbody tr").last().textContent())
                    .contains("(MOD)", "agent-g5902", "Rubriques modifiées : adresse, logementRecherche");
            PagesPro.verifierPage(session, "modification-historique");
            page.navigate("/pro/demandes/" + numero + "?onglet=consultations");
            assertThat(page.locator("#tableau-consultations").textContent()).contains("Modification");

            // the written draft is closed: its last step sends back to the demande, a replayed POST writes nothing
            page.navigate(brouillon + "/etapes/recapitulatif");
            // (the tabs' script may add "?onglet=identite" to the address)
            assertThat(page.url()).matches(".*/pro/demandes/" + numero + "(\\?onglet=identite)?$");
            String jeton = page.locator("input[name=_csrf]").first().inputValue();
            APIResponse rejoue = session.contexte().request().post(brouillon + "/etapes/recapitulatif",
                    RequestOptions.create().setForm(FormData.create().set("_csrf", jeton)
                            .set("action", "enregistrer")).setMaxRedirects(0));
            assertThat(rejoue.status()).isEqualTo(302);
            assertThat(mouvements(numero, "MOD")).isEqualTo(1);
        }

        JsonNode apres = api.get("G5901", "/v1.0/demandes/" + numero).json().get("demande");
        assertThat(apres.at("/adresse/voie").asString()).isEqualTo("8 place du Théâtre");
        assertThat(apres.at("/logementRecherche/communesSouhaitees/1").asString()).isEqualTo("59599");
        assertThat(apres.at("/logementRecherche/communesSouhaitees/0")).isEqualTo(avant.at(
                "/logementRecherche/communesSouhaitees/0"));
        // the rest as it was, the fields the forms do not show (the year of the fiscal income) included
        assertThat(avant.at("/demandeur/revenuFiscal/anneeN1").isNumber()).isTrue();
        for (String rubrique : List.of("demandeur", "contact", "logementActuel", "motifs", "personnesACharge")) {
            assertThat(apres.get(rubrique)).as(rubrique).isEqualTo(avant.get(rubrique));
        }
    }

    @Test
    void une_modification_perimee_est_refusee_sans_rien_ecrire_puis_reprise_du_contenu_actuel() {
        ClientApi api = new ClientApi(port);
        String numero = enregistrer(api, DemandeExemple.nord());

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            String brouillon = ouvrirModification(session, numero, "perimee-demande");
            page.locator("#adresse-voie").fill("1 rue Perdue");
            suivant(page);
            page.navigate(brouillon + "/etapes/recapitulatif");
            assertThat(page.locator("#rubriques-modifiees li").allTextContents()).containsExactly("Adresse");

            // meanwhile, the demande is changed through the API
            ClientApi.Reponse lue = api.get("G5901", "/v1.0/demandes/" + numero);
            tools.jackson.databind.node.ObjectNode actuel = (tools.jackson.databind.node.ObjectNode) lue.json()
                    .get("demande").deepCopy();
            ((tools.jackson.databind.node.ObjectNode) actuel.get("contact")).put("telephone", "07 00 00 00 01");
            ClientApi.Reponse modifiee = api.envoyer("PUT", "G5901", "/v1.0/demandes/" + numero, actuel.toString(),
                    Map.of("If-Match", lue.entete("ETag")));
            assertThat(modifiee.statut()).as(modifiee.texte()).isEqualTo(200);
            String telephone = modifiee.json().at("/demande/contact/telephone").asString();
            assertThat(modifiee.entete("ETag")).isNotEqualTo(lue.entete("ETag"));

            Response refus = page.waitForResponse(r -> r.url().endsWith("/etapes/recapitulatif")
                    && r.request().method().equals("POST"), () -> page.locator("#enregistrer-modifications").click());
            assertThat(refus.status()).isEqualTo(409);
            assertThat(page.locator("#perimee").textContent()).contains("La demande a changé", "rien n’a été enregistré");
            assertThat(page.locator("#enregistrer-modifications").count()).isZero();
            PagesPro.verifierPage(session, "perimee-refus");
            assertThat(mouvements(numero, "MOD")).as("only the API's").isEqualTo(1);
            assertThat(api.get("G5901", "/v1.0/demandes/" + numero).json().at("/demande/adresse/voie").asString())
                    .isEqualTo("12 rue de Paris");

            page.locator("#recommencer").click();
            page.waitForURL(ETAPE);
            assertThat(page.url()).doesNotContain(brouillon);
            assertThat(page.locator("#contact-telephone").inputValue()).isEqualTo(telephone);
            assertThat(page.locator("#adresse-voie").inputValue()).isEqualTo("12 rue de Paris");
            PagesPro.verifierPage(session, "perimee-recommencee");
            assertThat(page.navigate(brouillon + "/etapes/demandeur").status()).as("the old draft is gone")
                    .isEqualTo(404);
        }
    }

    @Test
    void le_brouillon_d_un_autre_agent_un_autre_territoire_et_un_gestionnaire_sont_refuses() {
        ClientApi api = new ClientApi(port);
        String numero = enregistrer(api, DemandeExemple.nord());
        String brouillon;
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            brouillon = ouvrirModification(session, numero, "acces-demande");
            page.locator("#adresse-voie").fill("5 rue Esquermoise");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");

            // the session expires between two steps: signing in again brings the agent back to the same step
            String cookie = session.contexte().cookies().stream().filter(c -> c.name.equals("SNE_SESSION"))
                    .findFirst().orElseThrow().value;
            String idSession = new String(java.util.Base64.getDecoder().decode(cookie),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(idSession).update())
                    .isEqualTo(1);
            suivant(page);
            page.waitForURL(Pattern.compile(".*/login.*"));
            page.getByLabel("Identifiant").fill("agent-g5901");
            page.getByLabel("Mot de passe").fill("agent-g5901-mdp");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Se connecter")).click();
            page.waitForURL(Pattern.compile(".*/etapes/co-demandeur$"));
            assertThat(page.url()).isEqualTo("http://localhost:" + port + brouillon + "/etapes/co-demandeur");
            PagesPro.verifierPage(session, "acces-session-expiree-retour");
            // and "Modifier la demande" again resumes the same draft, as saved
            page.navigate("/pro/demandes/" + numero);
            page.locator("#modifier-demande").click();
            page.waitForURL(ETAPE);
            assertThat(page.url()).startsWith("http://localhost:" + port + brouillon + "/etapes/");
            page.navigate(brouillon + "/etapes/demandeur");
            assertThat(page.locator("#adresse-voie").inputValue()).isEqualTo("5 rue Esquermoise");
        }
        // another agent of the same territory: the draft does not exist for him
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            Response autre = page.navigate(brouillon + "/etapes/demandeur");
            assertThat(autre.status()).isEqualTo(404);
            PagesPro.verifierPage(session, "acces-autre-agent");

            // a demande radiated after its page was displayed is not modified: said, nothing opened
            String radiee = enregistrer(api, DemandeExemple.nord());
            page.navigate("/pro/demandes/" + radiee);
            ClientApi.Reponse radiation = api.post("G5901", "/v1.0/demandes/" + radiee + "/radiation",
                    Map.of("motif", "b"), null);
            assertThat(radiation.statut()).as(radiation.texte()).isEqualTo(200);
            Response refus = page.waitForResponse(r -> r.url().endsWith("/modification")
                    && r.request().method().equals("POST"), () -> page.locator("#modifier-demande").click());
            assertThat(refus.status()).isEqualTo(409);
            assertThat(page.locator("h1").textContent()).isEqualTo("Modification impossible");
            assertThat(page.locator("main").textContent()).contains(radiee, "radiée");
            PagesPro.verifierPage(session, "acces-demande-radiee");
            assertThat(jdbc.sql("select count(*) from brouillon_demande where demande_modifiee = ?").param(radiee)
                    .query(Integer.class).single()).isZero();
        }
        // an agent of another territory: neither the demande nor its modification exist for him
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g6201");
            String jeton = page.locator("input[name=_csrf]").first().inputValue();
            APIResponse ouverture = session.contexte().request().post("/pro/demandes/" + numero + "/modification",
                    RequestOptions.create().setForm(FormData.create().set("_csrf", jeton)).setMaxRedirects(0));
            assertThat(ouverture.status()).isEqualTo(404);
            assertThat(ouverture.text()).doesNotContain("12 rue de Paris");
        }
        // a gestionnaire does not modify a demande
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.locator("#modifier-demande").count()).isZero();
            String jeton = page.locator("input[name=_csrf]").first().inputValue();
            APIResponse ouverture = session.contexte().request().post("/pro/demandes/" + numero + "/modification",
                    RequestOptions.create().setForm(FormData.create().set("_csrf", jeton)).setMaxRedirects(0));
            assertThat(ouverture.status()).isEqualTo(403);
            Response etape = page.navigate(brouillon + "/etapes/demandeur");
            assertThat(etape.status()).isEqualTo(403);
            PagesPro.verifierPage(session, "acces-gestionnaire");
        }
        assertThat(mouvements(numero, "MOD")).isZero();
    }
}
