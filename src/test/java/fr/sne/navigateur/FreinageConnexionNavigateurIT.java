package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.LimitesBasses;

/**
 * Guessing a password on the sign-in form is slowed: past a few failures the form says so, in French, for an
 * unknown login exactly as for a known one, and refuses even the right password until the window ends.
 */
@LimitesBasses
class FreinageConnexionNavigateurIT {

    private static final String MESSAGE = "Trop de tentatives de connexion échouées";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void apres_quelques_mots_de_passe_faux_le_formulaire_freine_meme_le_bon_mot_de_passe() {
        String identifiant = "agent-frein-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into compte_agent (identifiant, mot_de_passe_hash, nom, role, guichet_code, actif)
                select :identifiant, mot_de_passe_hash, 'Agent freiné', 'AGENT', 'G5902', true
                  from compte_agent where identifiant = 'agent-g5902'
                """).param("identifiant", identifiant).update();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.navigate("/pro/");
            page.waitForURL(Pattern.compile(".*/login.*"));
            for (int i = 0; i < LimitesBasses.ECHECS_PAR_COMPTE; i++) {
                essayer(page, identifiant, "mauvais-" + i);
                assertThat(page.locator("#erreur-connexion").textContent()).contains("Identifiant ou mot de passe incorrect");
            }
            essayer(page, identifiant, "agent-g5902-mdp");

            assertThat(page.url()).contains("/login");
            var alerte = page.locator("#erreur-connexion");
            assertThat(alerte.textContent()).contains(MESSAGE).contains("minute");
            assertThat(alerte.textContent()).doesNotContain("Identifiant ou mot de passe incorrect");
            PagesPro.verifierPage(session, "connexion-freinee");
        }
        assertThat(journal(identifiant)).isEqualTo(1);
    }

    @Test
    void un_identifiant_inconnu_est_freine_comme_un_identifiant_connu() {
        String inconnu = "personne-" + UUID.randomUUID().toString().substring(0, 8);
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.navigate("/pro/");
            page.waitForURL(Pattern.compile(".*/login.*"));
            for (int i = 0; i < LimitesBasses.ECHECS_PAR_COMPTE; i++) {
                essayer(page, inconnu, "mauvais-" + i);
                assertThat(page.locator("#erreur-connexion").textContent()).contains("Identifiant ou mot de passe incorrect");
            }
            essayer(page, inconnu, "encore-faux");

            assertThat(page.locator("#erreur-connexion").textContent()).contains(MESSAGE);
        }
        assertThat(journal(inconnu)).isEqualTo(1);
    }

    /** On the sign-in form (the page the attempts stay on). */
    private static void essayer(Page page, String identifiant, String motDePasse) {
        page.getByLabel("Identifiant").fill(identifiant);
        page.getByLabel("Mot de passe").fill(motDePasse);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForURL(Pattern.compile(".*/login\\?.*"));
    }

    private int journal(String identifiant) {
        return jdbc.sql("""
                select count(*) from freinage_connexion where point = 'FORMULAIRE' and nature = 'COMPTE' and cle = :cle
                """).param("cle", identifiant).query(Integer.class).single();
    }
}
