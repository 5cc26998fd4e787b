package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;

/**
 * The merge of two demandes of one person (motive f of R441-2-8 CCH) in a real browser: the gestionnaire
 * territorial names the kept numéro from the demande's page; the demande itself and another person's demande are
 * refused with their reason; the near-duplicate is shown side by side, refused until confirmed, then merged: the
 * page says which demande is kept and with which date de dépôt, and the kept demande's page shows it. A guichet's
 * agent has no merge (no link, 403, motive f disabled on the radiation's form).
 */
@TestIntegration
class FusionNavigateurIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String enregistrer(String guichet, DemandeExemple demande) {
        ClientApi.Reponse r = new ClientApi(port).post(guichet, "/v1.0/demandes", demande.json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private List<String> mouvements(String numero) {
        return jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list();
    }

    private static Response comparer(Page page, String numero) {
        page.locator("#numeroUniqueConserve").fill(numero);
        return page.waitForResponse(r -> r.url().contains("/fusion?") && r.request().method().equals("GET"),
                () -> cliquer(page, "Comparer les demandes"));
    }

    private static void cliquer(Page page, String bouton) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(bouton)).click();
    }

    @Test
    void le_gestionnaire_compare_confirme_puis_fusionne_deux_demandes_d_une_meme_personne() {
        DemandeExemple claire = DemandeExemple.nord();
        String ancienne = enregistrer("G5901", claire);
        LocalDate depot = LocalDate.now(PARIS).minusMonths(5);
        jdbc.sql("""
                update demande set date_depot = cast(:depot as date), date_fin_validite = :fin,
                       contenu = jsonb_set(contenu, '{dateDepot}', to_jsonb(cast(:depot as text)))
                where numero_unique = :numero""")
                .param("depot", depot.toString()).param("fin", depot.plusYears(1)).param("numero", ancienne).update();
        DemandeExemple doublon = DemandeExemple.nord();
        doublon.demandeur().put("nomNaissance", claire.nom() + "e");
        String recente = enregistrer("G5902", doublon);
        String autre = enregistrer("G5901", DemandeExemple.nord());

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/demandes/" + ancienne);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fusionner avec une autre demande"))
                    .click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + ancienne + "/fusion"));
            PagesPro.verifierPage(session, "fusion");

            // the demande itself, then another person's: refused with their reason, no confirmation offered
            assertThat(comparer(page, ancienne).status()).isEqualTo(422);
            assertThat(page.locator("#numeroUniqueConserve-messages").textContent()).contains("avec elle-même");
            assertThat(page.locator("#resume-erreurs a[href='#numeroUniqueConserve']").count()).isEqualTo(1);
            PagesPro.verifierPage(session, "fusion-meme-demande");
            assertThat(comparer(page, autre).status()).isEqualTo(409);
            assertThat(page.locator("#resume-erreurs").textContent()).contains("ne sont pas celles d'une même personne");
            assertThat(page.locator("#tableau-comparaison").count()).isEqualTo(1);
            assertThat(page.locator("#formulaire-action").count()).isZero();
            PagesPro.verifierPage(session, "fusion-personnes-differentes");

            // the near-duplicate, side by side
            assertThat(comparer(page, recente).status()).isEqualTo(200);
            assertThat(page.locator("#tableau-comparaison").textContent()).contains(claire.nom(), claire.nom() + "e",
                    depot.format(FR));
            assertThat(page.locator("#rapprochement").textContent()).contains("noms proches");
            assertThat(page.locator("#date-depot-retenue").textContent()).contains(depot.format(FR),
                    "ancienneté est reprise");
            PagesPro.verifierPage(session, "fusion-comparaison");

            // not confirmed: refused, nothing written
            Response nonConfirmee = page.waitForResponse(r -> r.url().endsWith("/fusion")
                    && r.request().method().equals("POST"), () -> cliquer(page, "Fusionner les demandes"));
            assertThat(nonConfirmee.status()).isEqualTo(422);
            assertThat(page.locator("#confirmation-messages").textContent()).contains("Confirmez");
            PagesPro.verifierPage(session, "fusion-non-confirmee");
            assertThat(mouvements(ancienne)).containsExactly("CRE");
            assertThat(mouvements(recente)).containsExactly("CRE");

            page.locator("label[for=confirmation]").click();
            cliquer(page, "Fusionner les demandes");
            page.waitForURL(Pattern.compile(".*/fusion/effectuee"));
            assertThat(page.locator("#numero-conservee").textContent()).isEqualTo(recente);
            assertThat(page.locator("#message-succes").textContent()).contains(ancienne, recente, depot.format(FR),
                    "motif f");
            PagesPro.verifierPage(session, "fusion-effectuee");

            page.locator("#lien-conservee").click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + recente + ".*"));
            assertThat(page.locator(".sne-resume-demande").textContent()).contains(depot.format(FR));
            PagesPro.verifierPage(session, "fusion-demande-conservee");
            page.navigate("/pro/demandes/" + ancienne);
            assertThat(page.locator("#etat-demande").textContent()).isEqualTo("Radiée");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Fusionner avec une autre demande")).count()).isZero();
        }
        assertThat(mouvements(ancienne)).containsExactly("CRE", "RAD");
        assertThat(mouvements(recente)).containsExactly("CRE", "MOD");
        assertThat(jdbc.sql("select date_depot from demande where numero_unique = ?").param(recente)
                .query(LocalDate.class).single()).isEqualTo(depot);
        // both demandes' displays on the merge's page are in the access journal
        assertThat(jdbc.sql("select count(*) from journal_acces where ecran = 'FUSION' and acteur_id = "
                + "'gestionnaire-059' and numero_unique = ?").param(recente).query(Long.class).single())
                .isPositive();
    }

    @Test
    void un_agent_de_guichet_ne_fusionne_pas() {
        String numero = enregistrer("G5901", DemandeExemple.nord());
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Fusionner avec une autre demande")).count()).isZero();
            assertThat(page.navigate("/pro/demandes/" + numero + "/fusion").status()).isEqualTo(403);
            PagesPro.verifierPage(session, "fusion-agent");
            page.navigate("/pro/demandes/" + numero + "/radiation");
            assertThat(page.locator("#motif-f").isDisabled()).isTrue();
            assertThat(page.locator("#numeroUniqueConserve").count()).isZero();
        }
        assertThat(mouvements(numero)).containsExactly("CRE");
    }
}
