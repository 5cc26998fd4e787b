package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.sne.TestIntegration;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.CreerCompteAgent;
import fr.sne.guichet.administration.CreerGuichet;

/**
 * A gestionnaire territorial administers his territory's guichets in a real browser: a new guichet and its agent,
 * whose password, shown once, lets the agent sign in until he is deactivated; an API client whose secret, shown
 * once, gets tokens until it is revoked, whose habilitations its page grants and withdraws (ADR 0017); and forms
 * tampered with or replayed without their CSRF token change nothing.
 */
@TestIntegration
class AdministrationGuichetsNavigateurIT {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @LocalServerPort
    int port;

    @Autowired
    CreerGuichet creerGuichet;
    @Autowired
    CreerCompteAgent creerCompteAgent;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    static String codeAuHasard() {
        var hasard = new java.security.SecureRandom();
        StringBuilder code = new StringBuilder("GY");
        for (int i = 0; i < 3; i++) {
            code.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    @Test
    void un_gestionnaire_cree_un_guichet_et_son_agent_qui_se_connecte_puis_est_desactive() {
        String code = codeAuHasard();
        String identifiant = "agent-" + code.toLowerCase();
        String motDePasse;
        try (Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Guichets et agents").setExact(true))
                    .first().click();
            page.waitForURL(Pattern.compile(".*/pro/administration/guichets$"));
            assertThat(page.locator("h1").textContent()).contains("059");
            assertThat(page.locator("#table-guichets").textContent()).contains("G5901").doesNotContain("G6201");
            PagesPro.verifierPage(gestionnaire, "administration-guichets");

            page.locator("#creer-guichet").click();
            page.waitForURL(Pattern.compile(".*/guichets/nouveau$"));
            PagesPro.verifierPage(gestionnaire, "administration-guichet-nouveau");

            // sent empty: every error at once, summarised at the top, which takes the focus
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le guichet")).click();
            page.waitForURL(Pattern.compile(".*/pro/administration/guichets$"));
            assertThat(page.locator("#resume-erreurs li").count()).isEqualTo(3);
            assertThat(page.locator("#code-erreur").textContent()).isEqualTo("Ce champ est obligatoire.");
            assertThat(page.locator("#code").getAttribute("aria-describedby")).isEqualTo("code-messages");
            assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("resume-erreurs");
            PagesPro.verifierPage(gestionnaire, "administration-guichet-erreurs");

            page.locator("#code").fill(code.toLowerCase());
            page.locator("#nom").fill("Maison de l'habitat de Roubaix " + code);
            page.locator("#type").selectOption("COMMUNE");
            page.locator("#codePostal").fill("59100");
            page.locator("#commune").fill("Roubaix");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le guichet")).click();
            page.waitForURL(Pattern.compile(".*/guichets/" + code + "$"));
            assertThat(page.locator("h1").textContent()).isEqualTo(code + " — Maison de l'habitat de Roubaix " + code);
            assertThat(page.locator("#message-succes").textContent()).contains("est créé");
            PagesPro.verifierPage(gestionnaire, "administration-guichet");

            page.locator("#creer-agent").click();
            page.waitForURL(Pattern.compile(".*/agents/nouveau$"));
            PagesPro.verifierPage(gestionnaire, "administration-agent-nouveau");
            page.locator("#identifiant").fill(identifiant);
            page.locator("#nom").fill("Claire Martin");
            page.locator("#courriel").fill(identifiant + "@roubaix.example.fr");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le compte")).click();
            page.waitForURL(Pattern.compile(".*/guichets/" + code + "$"));
            motDePasse = page.locator("#valeur-secret").textContent().strip();
            assertThat(motDePasse).matches("([A-Za-z0-9]{5}-){3}[A-Za-z0-9]{5}");
            assertThat(page.url()).doesNotContain(motDePasse);
            assertThat(page.locator("#table-agents").textContent()).contains(identifiant, "Claire Martin");
            assertThat(page.locator("#table-journal").textContent()).contains("Compte d'agent créé",
                    "gestionnaire-059");
            PagesPro.verifierPage(gestionnaire, "administration-agent-cree");

            page.reload();
            assertThat(page.locator("#secret-revele").count()).isZero();
            assertThat(page.content()).doesNotContain(motDePasse);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
            page.waitForURL(Pattern.compile(".*/pro/au-revoir"));
        }

        try (Navigateur.Session agent = Navigateur.nouvelleSession(port);
                Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
            Page pageAgent = agent.page();
            PagesPro.connecter(pageAgent, identifiant, motDePasse);
            assertThat(pageAgent.locator("h1").textContent()).isEqualTo("Maison de l'habitat de Roubaix " + code);
            PagesPro.verifierPage(agent, "administration-nouvel-agent-accueil");

            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/administration/guichets/" + code);
            page.locator("tr[data-identifiant='" + identifiant + "'] button").click();
            page.waitForLoadState();
            assertThat(page.locator("#message-succes").textContent()).contains(identifiant, "désactivé");
            assertThat(page.locator("tr[data-identifiant='" + identifiant + "']").textContent()).contains("Désactivé");
            PagesPro.verifierPage(gestionnaire, "administration-agent-desactive");

            pageAgent.navigate("/pro/");
            assertThat(pageAgent.url()).contains("/pro/connexion-refusee");
            assertThat(pageAgent.locator("main").textContent()).contains("désactivé");
            PagesPro.verifierPage(agent, "administration-agent-deconnecte");
            pageAgent.navigate("/pro/");
            assertThat(pageAgent.url()).contains("/login");
        }
    }

    @Test
    void le_secret_d_un_client_de_l_api_montre_une_fois_obtient_un_jeton_jusqu_a_sa_revocation() throws Exception {
        String code = creerGuichet.executer(Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
                new SaisieGuichet(codeAuHasard(), "Logiciel d'essai", "BAILLEUR", null, null, null, null, null, null));
        String clientId = "logiciel-" + code.toLowerCase();
        try (Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/administration/guichets/" + code);
            page.locator("#creer-client").click();
            page.waitForURL(Pattern.compile(".*/clients/nouveau$"));
            PagesPro.verifierPage(gestionnaire, "administration-client-nouveau");
            page.locator("#clientId").fill(clientId);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le client")).click();
            page.waitForURL(Pattern.compile(".*/guichets/" + code + "$"));
            String secret = page.locator("#valeur-secret").textContent().strip();
            assertThat(page.locator("#secret-revele h2").textContent()).contains(clientId);
            PagesPro.verifierPage(gestionnaire, "administration-client-cree");

            String jeton = jeton(clientId, secret);
            assertThat(jeton).isNotNull();
            assertThat(appelApi(jeton).statusCode()).isEqualTo(404); // authenticated: the demande just does not exist

            page.reload();
            assertThat(page.locator("#secret-revele").count()).isZero();
            assertThat(page.locator("tr[data-client='" + clientId + "']").textContent()).contains("Demandes");

            // its page: the habilitations it holds (demandes, from its creation); exports granted, demandes
            // withdrawn: the token issued before is refused at its very next call, naming what it lacks
            page.locator("tr[data-client='" + clientId + "'] a").click();
            page.waitForURL(Pattern.compile(".*/clients/" + clientId + "$"));
            assertThat(page.locator("h1").textContent()).contains(clientId);
            assertThat(page.locator("#habilitations-demandes").isChecked()).isTrue();
            assertThat(page.locator("#habilitations-exports").isChecked()).isFalse();
            PagesPro.verifierPage(gestionnaire, "administration-client");
            page.locator("label[for='habilitations-exports']").click();
            page.locator("label[for='habilitations-demandes']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les habilitations"))
                    .click();
            page.waitForURL(Pattern.compile(".*/clients/" + clientId + "$"));
            assertThat(page.locator("#message-succes").textContent()).contains(clientId, "prochain appel");
            assertThat(page.locator("#habilitations-detenues").textContent()).isEqualTo("Exports");
            assertThat(page.locator("#habilitations-exports").isChecked()).isTrue();
            PagesPro.verifierPage(gestionnaire, "administration-client-habilitations");
            HttpResponse<String> sansDemandes = appelApi(jeton);
            assertThat(sansDemandes.statusCode()).isEqualTo(403);
            assertThat(sansDemandes.body()).contains("HABILITATION_MANQUANTE", "\"habilitation\":\"demandes\"");

            page.locator("label[for='habilitations-demandes']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les habilitations"))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("#habilitations-detenues").textContent()).isEqualTo("Demandes, Exports");
            assertThat(appelApi(jeton).statusCode()).isEqualTo(404);
            page.navigate("/pro/administration/guichets/" + code);
            assertThat(page.locator("tr[data-client='" + clientId + "']").textContent()).contains("Demandes, Exports");
            assertThat(page.locator("#table-journal").textContent()).contains("Habilitation retirée au client de l'API",
                    clientId + " : demandes");

            // rotation: a new secret, shown once; the previous one still gets tokens during the overlap
            page.locator("tr[data-client='" + clientId + "'] button", new Page.LocatorOptions()
                    .setHasText("Renouveler le secret")).click();
            page.waitForLoadState();
            String nouveau = page.locator("#valeur-secret").textContent().strip();
            assertThat(nouveau).isNotEqualTo(secret);
            assertThat(page.locator("tr[data-client='" + clientId + "']").textContent())
                    .contains("Ancien secret accepté jusqu’au");
            PagesPro.verifierPage(gestionnaire, "administration-secret-renouvele");
            assertThat(jeton(clientId, nouveau)).isNotNull();
            assertThat(jeton(clientId, secret)).isNotNull();

            page.locator("tr[data-client='" + clientId + "'] button", new Page.LocatorOptions()
                    .setHasText("Révoquer")).click();
            page.waitForLoadState();
            assertThat(page.locator("#message-succes").textContent()).contains(clientId, "révoqué");
            assertThat(page.locator("tr[data-client='" + clientId + "']").textContent()).contains("Révoqué");
            PagesPro.verifierPage(gestionnaire, "administration-client-revoque");

            assertThat(jeton(clientId, nouveau)).isNull();
            assertThat(jeton(clientId, secret)).isNull();
            HttpResponse<String> refus = appelApi(jeton);
            assertThat(refus.statusCode()).isIn(401, 403);
            assertThat(refus.body()).contains("CLIENT_REVOQUE");
        }
    }

    @Test
    void un_formulaire_falsifie_ou_rejoue_sans_jeton_csrf_ne_change_rien() {
        Acteur pasDeCalais = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
        String autre = creerGuichet.executer(pasDeCalais, new SaisieGuichet(codeAuHasard(), "Guichet du 62",
                "COMMUNE", null, null, null, null, null, null));
        String agentAutre = "agent-" + autre.toLowerCase();
        creerCompteAgent.executer(pasDeCalais, autre, new SaisieAgent(agentAutre, "Agent du 62",
                agentAutre + "@exemple.fr"));
        String mien = creerGuichet.executer(Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
                new SaisieGuichet(codeAuHasard(), "Guichet du 59", "COMMUNE", null, null, null, null, null, null));
        String base = "http://localhost:" + port + "/pro/administration/guichets/";

        try (Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
            long journal = lignes("journal_administration");
            long comptes = lignes("compte_agent");

            assertThat(page.navigate(base + autre).status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Page introuvable");
            PagesPro.verifierPage(gestionnaire, "administration-guichet-hors-territoire");

            assertThat(poster(page, base + autre + "/desactivation", FormData.create().set("_csrf", csrf)).status())
                    .isEqualTo(404);
            assertThat(poster(page, base + autre + "/agents", FormData.create().set("_csrf", csrf)
                    .set("identifiant", "intrus-" + autre.toLowerCase()).set("nom", "Intrus")
                    .set("courriel", "intrus-" + autre.toLowerCase() + "@exemple.fr")).status()).isEqualTo(404);
            assertThat(poster(page, base + autre + "/clients", FormData.create().set("_csrf", csrf)
                    .set("clientId", "intrus-" + autre)).status()).isEqualTo(404);
            // an agent of the other territory named under a guichet of his own
            assertThat(poster(page, base + mien + "/agents/" + agentAutre + "/desactivation",
                    FormData.create().set("_csrf", csrf)).status()).isEqualTo(404);
            // the territory of a new guichet is the gestionnaire's, whatever the form says
            String cree = codeAuHasard();
            APIResponse creation = poster(page, "http://localhost:" + port + "/pro/administration/guichets",
                    FormData.create().set("_csrf", csrf).set("code", cree).set("nom", "Guichet falsifié")
                            .set("type", "COMMUNE").set("territoire", "062"));
            assertThat(creation.url()).endsWith("/guichets/" + cree);
            assertThat(jdbc.sql("select territoire from guichet where code = :c").param("c", cree)
                    .query(String.class).single()).isEqualTo("059");

            // replayed without its CSRF token by a signed-in gestionnaire: refused (403), nothing changes
            refuseSansJeton(page.request().post(base + mien + "/desactivation",
                    RequestOptions.create().setForm(FormData.create()).setMaxRedirects(0)));
            refuseSansJeton(page.request().post(base + mien + "/agents", RequestOptions.create()
                    .setForm(FormData.create().set("identifiant", "sans-csrf-" + mien.toLowerCase())
                            .set("nom", "Sans jeton").set("courriel", "sans-csrf@exemple.fr"))
                    .setMaxRedirects(0)));
            // followed to its end: a signed-in gestionnaire's tokenless form is the 403 page (the redirect to the
            // sign-in is for a form whose session has expired)
            APIResponse suivi = page.request().post(base + mien + "/desactivation",
                    RequestOptions.create().setForm(FormData.create()));
            assertThat(suivi.status()).isEqualTo(403);
            assertThat(suivi.text()).contains("Action non autorisée");

            assertThat(actif("guichet", "code", autre)).isTrue();
            assertThat(actif("guichet", "code", mien)).isTrue();
            assertThat(actif("compte_agent", "identifiant", agentAutre)).isTrue();
            assertThat(lignes("compte_agent")).isEqualTo(comptes);
            assertThat(lignes("journal_administration")).isEqualTo(journal + 1); // the one guichet created
        }

        try (Navigateur.Session national = Navigateur.nouvelleSession(port)) {
            Page page = national.page();
            PagesPro.connecter(page, "admin-national");
            assertThat(page.navigate(base + autre).status()).isEqualTo(200);
            assertThat(page.locator("#table-agents").textContent()).contains(agentAutre);
            PagesPro.verifierPage(national, "administration-guichet-national");
        }
    }

    private static APIResponse poster(Page page, String url, FormData formulaire) {
        return page.request().post(url, RequestOptions.create().setForm(formulaire));
    }

    private static void refuseSansJeton(APIResponse reponse) {
        assertThat(reponse.status()).isEqualTo(403);
    }

    private boolean actif(String table, String cle, String valeur) {
        return jdbc.sql("select actif from " + table + " where " + cle + " = :v").param("v", valeur)
                .query(Boolean.class).single();
    }

    private long lignes(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** @return the access token of a client credentials grant, or null when refused */
    private String jeton(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> reponse = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (reponse.statusCode() != 200) {
            assertThat(reponse.statusCode()).isEqualTo(401);
            return null;
        }
        var correspondance = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(reponse.body());
        assertThat(correspondance.find()).isTrue();
        return correspondance.group(1);
    }

    private HttpResponse<String> appelApi(String jeton) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/v1.0/demandes/0591126999999G5901"))
                .header("Authorization", "Bearer " + jeton).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
