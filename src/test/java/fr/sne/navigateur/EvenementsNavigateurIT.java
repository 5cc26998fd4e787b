package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;

/**
 * The gestion partagée in a real browser: a bailleur's agent reads a demande's events (tab "Événements"), records a
 * priority recognised (refused first without its public, then recorded: the tab lists it and the page's header
 * shows the priority), and switches to what the applicant sees; a gestionnaire territorial switches his
 * territory's applicant view on and off; the national administrator's unknown territory is refused.
 */
@TestIntegration
class EvenementsNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private List<String> mouvements(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    private static void cliquer(Page page, String bouton) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(bouton)).click();
    }

    @Test
    void l_agent_lit_les_evenements_enregistre_une_priorite_et_voit_ce_que_voit_le_demandeur() {
        ClientApi.Reponse r = new ClientApi(port).post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes/" + numero + "?onglet=evenements");
            assertThat(page.locator("#tableau-evenements").textContent()).contains("Création de la demande",
                    "Validation de la demande");
            assertThat(page.locator("#priorites-demande").count()).isZero();
            PagesPro.verifierPage(session, "evenements");

            page.locator("#enregistrer-evenement").click();
            page.waitForURL(Pattern.compile(".*/evenements/nouveau"));
            PagesPro.verifierPage(session, "evenement-formulaire");

            // a priority without its public: refused at its field, nothing written
            page.locator("#code").selectOption(new SelectOption().setValue("PRIORITE_RECONNUE"));
            Response refusee = page.waitForResponse(x -> x.url().endsWith("/evenements")
                    && x.request().method().equals("POST"), () -> cliquer(page, "Enregistrer l’événement"));
            assertThat(refusee.status()).isEqualTo(422);
            assertThat(page.locator("#donnees-public-messages").textContent()).contains("obligatoire");
            assertThat(page.locator("#resume-erreurs a[href='#donnees-public']").count()).isEqualTo(1);
            PagesPro.verifierPage(session, "evenement-erreur");
            assertThat(mouvements(numero)).containsExactly("CRE");

            page.locator("#donnees-public").selectOption(new SelectOption().setValue("HANDICAP"));
            cliquer(page, "Enregistrer l’événement");
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero + "\\?onglet=evenements"));
            assertThat(page.locator("#message-succes").textContent()).contains("Priorité reconnue");
            assertThat(page.locator("#tableau-evenements tr[data-code=PRIORITE_RECONNUE]").textContent())
                    .contains("Habitat du Nord (démo)", "handicap");
            assertThat(page.locator("#priorites-demande").textContent()).contains("situation de handicap");
            PagesPro.verifierPage(session, "evenements-priorite");

            // what the applicant sees: his events only (a priority is not among them)
            page.locator("label[for=vue-demandeur]").click();
            cliquer(page, "Afficher");
            page.waitForURL(Pattern.compile(".*vue=demandeur.*"));
            assertThat(page.locator("#tableau-evenements").textContent()).contains("Création de la demande")
                    .doesNotContain("Priorité reconnue");
            assertThat(page.locator("#tableau-evenements th").allTextContents()).containsExactly("Date",
                    "Événement", "Guichet");
            PagesPro.verifierPage(session, "evenements-demandeur");
        }
        assertThat(mouvements(numero)).containsExactly("CRE", "EVT");
        // the tab of another module is journaled as the demande's history (the agent never opened "Historique")
        assertThat(jdbc.sql("select count(*) from journal_acces where ecran = 'HISTORIQUE' and acteur_id = "
                + "'agent-g5901' and numero_unique = ?").param(numero).query(Long.class).single()).isPositive();
    }

    @Test
    void le_gestionnaire_ouvre_puis_referme_la_vue_des_demandeurs_de_son_territoire() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-111");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Événements partagés")).first().click();
            page.waitForURL(Pattern.compile(".*/pro/administration/evenements"));
            assertThat(page.locator("#tableau-reglages tr[data-territoire='111']").textContent()).contains("Non");
            PagesPro.verifierPage(session, "evenements-visibilite");

            // the current state is the choice ticked: never set, off
            assertThat(page.locator("#visible-non").isChecked()).isTrue();
            page.locator("label[for=visible-oui]").click();
            cliquer(page, "Enregistrer le réglage");
            page.waitForURL(Pattern.compile(".*/pro/administration/evenements"));
            assertThat(page.locator("#message-succes").textContent()).contains("111", "voient désormais");
            assertThat(page.locator("#tableau-reglages tr[data-territoire='111']").textContent())
                    .contains("Oui", "gestionnaire-111");
            PagesPro.verifierPage(session, "evenements-visibilite-ouverte");
            assertThat(jdbc.sql("select visible_demandeur from evenement_visibilite_territoire where territoire = "
                    + "'111'").query(Boolean.class).single()).isTrue();

            page.locator("label[for=visible-non]").click();
            cliquer(page, "Enregistrer le réglage");
            page.waitForURL(Pattern.compile(".*/pro/administration/evenements"));
            assertThat(page.locator("#message-succes").textContent()).contains("ne voient plus");
        }
        // the national administrator names the territory: an unknown one is refused at its field, nothing written
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "admin-national");
            page.navigate("/pro/administration/evenements");
            page.locator("#territoire").fill("999");
            page.locator("label[for=visible-oui]").click();
            Response refusee = page.waitForResponse(x -> x.url().endsWith("/administration/evenements")
                    && x.request().method().equals("POST"), () -> cliquer(page, "Enregistrer le réglage"));
            assertThat(refusee.status()).isEqualTo(422);
            assertThat(page.locator("#territoire-messages").textContent()).contains("999");
            assertThat(page.locator("#resume-erreurs a[href='#territoire']").count()).isEqualTo(1);
            PagesPro.verifierPage(session, "evenements-visibilite-erreur");
        }
        assertThat(jdbc.sql("select count(*) from evenement_visibilite_territoire where territoire = '999'")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select visible_demandeur from evenement_visibilite_territoire where territoire = '111'")
                .query(Boolean.class).single()).isFalse();
    }
}
