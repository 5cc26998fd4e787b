package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.TestIntegration;

/** Signing in and out of the professional application in a real browser, and what its pages send. */
@TestIntegration
class ConnexionNavigateurIT {

    @LocalServerPort
    int port;

    @Test
    void un_agent_se_connecte_voit_son_guichet_puis_se_deconnecte() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.navigate("/pro/");
            page.waitForURL(Pattern.compile(".*/login.*"));
            PagesPro.verifierPage(session, "connexion");

            PagesPro.connecter(page, "agent-g5901");

            assertThat(page.locator("h1").textContent()).contains("Habitat du Nord");
            assertThat(page.locator("#agent-connecte").textContent()).contains("Camille Agent");
            assertThat(page.locator("#compteur-aujourdhui").textContent()).contains("Enregistrées aujourd'hui");
            PagesPro.verifierPage(session, "accueil");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
            page.waitForURL(Pattern.compile(".*/pro/au-revoir"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Vous êtes déconnecté");
            page.navigate("/pro/");
            assertThat(page.url()).contains("/login");
        }
    }

    @Test
    void un_agent_venu_sous_un_autre_nom_d_hote_est_renvoye_a_l_adresse_canonique_et_s_y_connecte() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            String canonique = "http://localhost:" + port;
            page.navigate("http://127.0.0.1:" + port + "/pro/");
            page.waitForURL(Pattern.compile(".*/login.*"));
            assertThat(page.url()).startsWith(canonique + "/login");

            page.getByLabel("Identifiant").fill("agent-g5902");
            page.getByLabel("Mot de passe").fill("agent-g5902-mdp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            page.waitForURL(Pattern.compile(".*/pro/.*"));

            assertThat(page.url()).startsWith(canonique + "/pro/");
            assertThat(page.locator("h1").textContent()).contains("Villeneuve");
            assertThat(page.locator("#agent-connecte").textContent()).contains("Dominique Agent");
            assertThat(session.contexte().cookies("http://127.0.0.1:" + port)).as("aucun cookie sous l'autre hôte")
                    .isEmpty();
            PagesPro.verifierPage(session, "accueil-adresse-canonique");
        }
    }

    @Test
    void les_pages_envoient_une_politique_de_contenu_stricte_et_un_cookie_de_session_protege() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            Response reponse = page.navigate("/pro/");

            String csp = reponse.headers().get("content-security-policy");
            assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                    "object-src 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(reponse.headers().get("x-frame-options")).isEqualTo("DENY");
            var cookie = session.contexte().cookies().stream().filter(c -> c.name.equals("SNE_SESSION")).findFirst()
                    .orElseThrow();
            assertThat(cookie.httpOnly).isTrue();
            assertThat(cookie.sameSite).hasToString("LAX");
            assertThat(page.locator("h1").textContent()).contains("Gestionnaire territorial").contains("059");
        }
    }

    @Test
    void une_page_inconnue_de_l_application_est_une_page_404_du_site() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g6201");
            Response reponse = page.navigate("/pro/cette-page-n-existe-pas");

            assertThat(reponse.status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Page introuvable");
            PagesPro.verifierPage(session, "erreur-404");
        }
    }

    @Test
    void sans_javascript_on_se_connecte_consulte_l_accueil_et_se_deconnecte() {
        var contexte = Navigateur.navigateur().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setJavaScriptEnabled(false).setViewportSize(1280, 900));
        try (contexte) {
            Page page = contexte.newPage();
            Response connexion = page.navigate("/pro/");
            assertThat(connexion.headers().get("content-security-policy")).contains("script-src 'self'");
            PagesPro.connecter(page, "agent-g5902");
            assertThat(page.locator("h1").textContent()).contains("Villeneuve");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
            page.waitForURL(Pattern.compile(".*/pro/au-revoir"));
        }
    }
}
