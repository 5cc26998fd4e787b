package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.TestIntegration;

/**
 * The web session's edges in a real browser: the expiry warning, an account deactivated while signed in, a
 * form replayed without its CSRF token, a session that expired under a form.
 */
@TestIntegration
class SessionNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void la_page_previent_avant_la_fin_de_session_et_le_bouton_la_prolonge() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.clock().install();
            PagesPro.connecter(page, "agent-g1101");
            int duree = Integer.parseInt(page.locator("body").getAttribute("data-duree-session"));
            int avance = Integer.parseInt(page.locator("body").getAttribute("data-avertissement-session"));
            assertThat(duree).as("durée de session annoncée").isGreaterThan(avance);
            var modale = page.locator("#modale-session");
            assertThat(modale.isVisible()).isFalse();

            page.clock().fastForward((duree - avance + 1) * 1000L);

            modale.waitFor();
            assertThat(page.getByRole(AriaRole.DIALOG).textContent()).contains("Votre session va expirer");
            PagesPro.verifierPage(session, "avertissement-session");
            Response prolongation = page.waitForResponse(r -> r.url().endsWith("/pro/session/prolonger"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rester connecté"))
                            .click());
            assertThat(prolongation.status()).isEqualTo(200);
            page.waitForCondition(() -> !modale.isVisible());
        }
    }

    @Test
    void un_compte_desactive_pendant_sa_session_est_deconnecte_a_la_requete_suivante() {
        jdbc.sql("""
                insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, actif)
                select 'agent-desactive-test', mot_de_passe_hash, 'Agent bientôt désactivé', 'AGENT', 'G5902', true
                  from compte_agent where identifiant = 'agent-g5902'
                on conflict (identifiant) do update set actif = true
                """).update();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-desactive-test", "agent-g5902-mdp");
            assertThat(page.locator("#agent-connecte").textContent()).contains("Agent bientôt désactivé");

            jdbc.sql("update compte_agent set actif = false where identifiant = 'agent-desactive-test'").update();
            page.navigate("/pro/");

            assertThat(page.url()).contains("/pro/connexion-refusee");
            assertThat(page.locator("main").textContent()).contains("désactivé");
            PagesPro.verifierPage(session, "connexion-refusee");
            page.navigate("/pro/");
            assertThat(page.url()).as("la session a pris fin").contains("/login");
        }
    }

    @Test
    void l_agent_d_un_guichet_desactive_est_refuse_a_la_connexion_sans_ouvrir_de_session() {
        // the provider knows him (his account is active), SNE refuses him: his guichet no longer acts
        jdbc.sql("""
                insert into guichet (code, nom, type, territoire, actif) values ('G59ZZ', 'Guichet fermé (test)',
                       'COMMUNE', '059', false)
                on conflict (code) do update set actif = false
                """).update();
        jdbc.sql("""
                insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, actif)
                select 'agent-guichet-ferme', mot_de_passe_hash, 'Agent d''un guichet fermé', 'AGENT', 'G59ZZ', true
                  from compte_agent where identifiant = 'agent-g5902'
                on conflict (identifiant) do update set actif = true
                """).update();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.navigate("/pro/");
            page.getByLabel("Identifiant").fill("agent-guichet-ferme");
            page.getByLabel("Mot de passe").fill("agent-g5902-mdp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            page.waitForURL(Pattern.compile(".*/pro/connexion-refusee\\?motif=compte_inactif"));
            assertThat(page.locator("main").textContent()).contains("désactivé");
            // still signed in at the provider, he is refused again, and the application's context was never kept
            page.navigate("/pro/");
            assertThat(page.url()).contains("/pro/connexion-refusee");
            assertThat(jdbc.sql("""
                    select count(*) from spring_session_attributes
                     where attribute_name = 'SNE_PRO_SECURITE'
                       and position(convert_to('agent-guichet-ferme', 'UTF8') in attribute_bytes) > 0
                    """).query(Integer.class).single()).isZero();
        }
    }

    @Test
    void un_formulaire_rejoue_sans_jeton_csrf_est_refuse_et_ne_fait_rien() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");

            // the sign-out form, posted by another site's page or a replayed request without its token
            var sansJeton = page.request().post("/pro/deconnexion",
                    com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
            var jetonFaux = page.request().post("/pro/deconnexion", com.microsoft.playwright.options.RequestOptions
                    .create().setForm(com.microsoft.playwright.options.FormData.create().set("_csrf", "rejoue"))
                    .setMaxRedirects(0));

            assertThat(sansJeton.status()).isEqualTo(403);
            assertThat(jetonFaux.status()).isEqualTo(403);
            assertThat(sansJeton.text()).contains("Action non autorisée");
            page.navigate("/pro/");
            assertThat(page.locator("#agent-connecte").textContent()).as("toujours connecté")
                    .contains("Camille Agent");
        }
    }

    @Test
    void un_formulaire_envoye_apres_expiration_de_la_session_ramene_a_sa_page_apres_reconnexion() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g6201");
            page.navigate(FormulaireTestController.CHEMIN);
            String cookie = session.contexte().cookies().stream().filter(c -> c.name.equals("SNE_SESSION"))
                    .findFirst().orElseThrow().value;
            String idSession = new String(java.util.Base64.getDecoder().decode(cookie),
                    java.nio.charset.StandardCharsets.UTF_8);

            // the session expires (the purge deletes it) while the page with its form is open
            assertThat(jdbc.sql("delete from spring_session where session_id = :id").param("id", idSession)
                    .update()).isEqualTo(1);
            page.getByLabel("Valeur").fill("saisie après expiration");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();

            page.waitForURL(Pattern.compile(".*/login.*"));
            page.getByLabel("Identifiant").fill("agent-g6201");
            page.getByLabel("Mot de passe").fill("agent-g6201-mdp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            page.waitForURL(Pattern.compile(".*" + Pattern.quote(FormulaireTestController.CHEMIN) + "$"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Formulaire de test");
            page.getByLabel("Valeur").fill("saisie après reconnexion");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer")).click();
            assertThat(page.locator("body").textContent()).isEqualTo("Reçu : saisie après reconnexion");
        }
    }
}
