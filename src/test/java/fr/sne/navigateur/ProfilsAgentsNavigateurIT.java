package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.TestIntegration;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.CreerCompteAgent;
import fr.sne.guichet.administration.CreerGuichet;

/**
 * The gestionnaire territorial grants an agent the instruction profile on the agent's page (ADR 0026), and withdraws
 * it: the agent, signed in all along, holds it from his next request, without signing in again; the journal of the
 * account says who changed what and when.
 */
@TestIntegration
class ProfilsAgentsNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    CreerGuichet creerGuichet;
    @Autowired
    CreerCompteAgent creerCompteAgent;

    @Test
    void le_gestionnaire_accorde_l_instruction_a_un_agent_connecte_qui_la_detient_a_sa_requete_suivante() {
        Acteur nord = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
        String code = creerGuichet.executer(nord, new SaisieGuichet(AdministrationGuichetsNavigateurIT.codeAuHasard(),
                "Guichet des profils", "COMMUNE", null, null, null, null, null, null));
        String identifiant = "agent-" + code.toLowerCase();
        String motDePasse = creerCompteAgent.executer(nord, code, new SaisieAgent(identifiant, "Lou Instructrice",
                identifiant + "@exemple.fr")).valeur();

        try (Navigateur.Session agent = Navigateur.nouvelleSession(port);
                Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
            Page pageAgent = agent.page();
            PagesPro.connecter(pageAgent, identifiant, motDePasse);
            assertThat(pageAgent.locator("#profils-agent").count()).isZero();

            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/administration/guichets/" + code);
            assertThat(page.locator("tr[data-identifiant='" + identifiant + "']").textContent()).contains("Aucun");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(identifiant).setExact(true)).click();
            page.waitForURL(Pattern.compile(".*/agents/" + identifiant + "$"));
            assertThat(page.locator("#profils-detenus").textContent()).isEqualTo("Aucun");
            assertThat(page.locator("#profils-INSTRUCTION").isChecked()).isFalse();
            PagesPro.verifierPage(gestionnaire, "administration-agent-profils");

            page.locator("label[for='profils-INSTRUCTION']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les profils")).click();
            page.waitForURL(Pattern.compile(".*/agents/" + identifiant + "$"));
            assertThat(page.locator("#message-succes").textContent()).contains(identifiant, "enregistrés");
            assertThat(page.locator("#profils-detenus").textContent()).isEqualTo("Instruction");
            assertThat(page.locator("#table-journal").textContent()).contains("Profil accordé à l'agent",
                    identifiant + " : INSTRUCTION", "gestionnaire-059");
            PagesPro.verifierPage(gestionnaire, "administration-agent-profil-accorde");

            // the agent's session is still open and now carries the profile
            pageAgent.navigate("/pro/");
            assertThat(pageAgent.url()).doesNotContain("connexion-refusee").doesNotContain("/login");
            assertThat(pageAgent.locator("#profils-agent").textContent()).isEqualTo("Vos profils : Instruction.");
            PagesPro.verifierPage(agent, "accueil-agent-instruction");

            page.locator("label[for='profils-INSTRUCTION']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les profils")).click();
            page.waitForURL(Pattern.compile(".*/agents/" + identifiant + "$"));
            assertThat(page.locator("#profils-detenus").textContent()).isEqualTo("Aucun");
            assertThat(page.locator("#table-journal").textContent()).contains("Profil retiré à l'agent");

            pageAgent.navigate("/pro/");
            assertThat(pageAgent.locator("#profils-agent").count()).isZero();
        }
    }
}
