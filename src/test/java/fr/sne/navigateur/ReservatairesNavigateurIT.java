package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.UUID;
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
 * The gestionnaire territorial keeps the réservataires of the Nord in a real browser: the list, a new réservataire
 * (its errors first: nothing entered, then a guichet that already acts for another), its change, a share refused
 * above the caps and one accepted, and its flux; the agent of Action Logement's guichet reads his réservataire's
 * flux, not the administration pages.
 */
@TestIntegration
class ReservatairesNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static void bouton(Page page, String nom) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(nom).setExact(true)).click();
    }

    @Test
    void le_gestionnaire_inscrit_un_reservataire_fixe_sa_part_et_lit_son_flux() {
        String nom = "Employeurs de la Lys " + UUID.randomUUID().toString().substring(0, 8);
        int annee = Year.now().getValue();
        try (Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/administration/reservataires");
            assertThat(page.locator("h1").textContent()).contains("059");
            assertThat(page.locator("#table-reservataires").textContent())
                    .contains("Métropole Européenne de Lille", "Action Logement Services (démo)", "G59AL");
            PagesPro.verifierPage(gestionnaire, "reservataires");

            page.locator("#inscrire-reservataire").click();
            page.waitForURL(Pattern.compile(".*/reservataires/nouveau$"));
            PagesPro.verifierPage(gestionnaire, "reservataire-nouveau");
            bouton(page, "Inscrire le réservataire");
            assertThat(page.locator("#resume-erreurs li").count()).isEqualTo(2);
            assertThat(page.locator("#resume-erreurs h2").textContent())
                    .isEqualTo("Le réservataire n’a pas été enregistré");
            assertThat(page.locator("#nom-erreur").textContent()).isEqualTo("Ce champ est obligatoire.");
            // the summary takes the focus (administration.js), for a screen reader to read it first
            page.waitForFunction("() => document.activeElement && document.activeElement.id === 'resume-erreurs'");
            PagesPro.verifierPage(gestionnaire, "reservataire-erreurs");

            page.locator("#categorie").selectOption("AUTRE");
            page.locator("#nom").fill(nom);
            page.locator("#guichets").fill("g59al");
            bouton(page, "Inscrire le réservataire");
            assertThat(page.locator("#guichets-erreur").textContent()).contains("G59AL", "Action Logement Services");
            assertThat(jdbc.sql("select count(*) from reservataire where nom = ?").param(nom).query(Integer.class)
                    .single()).isZero();

            page.locator("#guichets").fill("");
            page.locator("#siren").fill("990 590 051");
            bouton(page, "Inscrire le réservataire");
            page.waitForURL(Pattern.compile(".*/reservataires/[0-9]+$"));
            assertThat(page.locator("h1").textContent()).isEqualTo(nom);
            assertThat(page.locator("#message-succes").textContent()).contains("inscrit");
            long id = Long.parseLong(page.locator("#numero-reservataire").textContent().strip());
            assertThat(page.locator("#aucune-part").count()).isEqualTo(1);
            PagesPro.verifierPage(gestionnaire, "reservataire");

            page.locator("#modifier-reservataire").click();
            page.waitForURL(Pattern.compile(".*/reservataires/" + id + "/modification$"));
            assertThat(page.locator("#categorie-fixe").textContent()).contains("Autre réservataire");
            PagesPro.verifierPage(gestionnaire, "reservataire-modification");
            page.locator("#nom").fill(nom + " et du Hainaut");
            bouton(page, "Enregistrer les modifications");
            page.waitForURL(Pattern.compile(".*/reservataires/" + id + "$"));
            assertThat(page.locator("h1").textContent()).isEqualTo(nom + " et du Hainaut");

            // Habitat du Nord's flux of the year is wholly shared in the demo data: 1 % more is refused
            page.locator("#siren").selectOption("990590010");
            page.locator("#annee").fill(Integer.toString(annee));
            page.locator("#part").fill("1");
            bouton(page, "Enregistrer la part");
            assertThat(page.locator("#part-erreur").textContent()).contains("101 %", "au plus 100 %");
            assertThat(page.locator("#resume-erreurs h2").textContent()).isEqualTo("La part n’a pas été enregistrée");
            assertThat(page.locator("#resume-erreurs li").textContent()).startsWith("Part du flux (%) : ");
            PagesPro.verifierPage(gestionnaire, "reservataire-part-refusee");
            assertThat(jdbc.sql("select count(*) from part_flux where reservataire_id = ?").param(id)
                    .query(Integer.class).single()).isZero();

            // Les Foyers flamands, next year: 12,5 %
            page.locator("#siren").selectOption("990590036");
            page.locator("#annee").fill(Integer.toString(annee + 1));
            page.locator("#part").fill("12,5");
            bouton(page, "Enregistrer la part");
            page.waitForURL(Pattern.compile(".*/reservataires/" + id + "\\?annee=" + (annee + 1) + "$"));
            assertThat(page.locator("#message-succes").textContent()).contains("12,5 %");
            assertThat(page.locator("#table-parts").textContent()).contains("Les Foyers flamands (démo)", "12,5 %");

            page.locator("#voir-flux").click();
            page.waitForURL(Pattern.compile(".*/pro/reservataires/" + id + "/flux\\?annee=" + (annee + 1) + "$"));
            assertThat(page.locator("#table-flux tbody tr[data-siren='990590036']").textContent())
                    .contains("Les Foyers flamands (démo)", "12,5 %");
            PagesPro.verifierPage(gestionnaire, "reservataire-flux");
        }
    }

    @Test
    void l_agent_d_action_logement_lit_le_flux_de_son_reservataire_pas_l_administration() {
        try (Navigateur.Session agent = Navigateur.nouvelleSession(port)) {
            Page page = agent.page();
            PagesPro.connecter(page, "agent-g59al");
            page.navigate("/pro/reservataires/4/flux");
            assertThat(page.locator("h1").textContent()).contains("Action Logement Services (démo)");
            assertThat(page.locator("#table-flux tbody tr[data-siren='990590010']").textContent())
                    .contains("Habitat du Nord (démo)", "35 %");
            PagesPro.verifierPage(agent, "reservataire-flux-agent");
            Response administration = page.navigate("/pro/administration/reservataires/4");
            assertThat(administration.status()).isEqualTo(403);
        }
        try (Navigateur.Session ailleurs = Navigateur.nouvelleSession(port)) {
            Page page = ailleurs.page();
            PagesPro.connecter(page, "gestionnaire-062");
            assertThat(page.navigate("/pro/administration/reservataires/4").status()).isEqualTo(404);
            assertThat(page.navigate("/pro/reservataires/4/flux").status()).isEqualTo(404);
        }
    }
}
