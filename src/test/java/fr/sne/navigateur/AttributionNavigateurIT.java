package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * A bailleur's agent walks the attribution chain in a real browser: declares a dwelling (after its errors), finds
 * its candidates, is refused a session of fewer than three candidates without exception, sets one with three,
 * records a ranked decision for each, the first's refusal, the second's acceptance and the lease, which radiates
 * the demande for motive a. Every page passes axe.
 */
@TestIntegration
class AttributionNavigateurIT {

    private static final String COMMUNE = "59360";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String enregistrer() {
        DemandeExemple exemple = DemandeExemple.nord();
        exemple.logementRecherche().put("communesSouhaitees", new ArrayList<>(List.of(COMMUNE)));
        exemple.logementRecherche().put("typesLogement", new ArrayList<>(List.of("T2")));
        ClientApi.Reponse r = new ClientApi(port).post("G5901", "/v1.0/demandes", exemple.json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private static void cliquer(Page page, String bouton) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(bouton)).click();
    }

    private static Response poster(Page page, String fin, String bouton) {
        return page.waitForResponse(r -> r.url().endsWith(fin) && r.request().method().equals("POST"),
                () -> cliquer(page, bouton));
    }

    @Test
    void un_agent_de_bailleur_declare_un_logement_tient_la_commission_et_enregistre_le_bail() {
        String a = enregistrer();
        String b = enregistrer();
        String c = enregistrer();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logements et commissions")).first()
                    .click();
            page.waitForURL(Pattern.compile(".*/pro/logements"));
            PagesPro.verifierPage(session, "logements");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Déclarer un logement")).click();
            page.waitForURL(Pattern.compile(".*/pro/logements/nouveau"));
            PagesPro.verifierPage(session, "logement-nouveau");
            Response vide = poster(page, "/pro/logements", "Déclarer le logement");
            assertThat(vide.status()).isEqualTo(422);
            assertThat(page.locator("#resume-erreurs a[href='#identifiantRpls']").count()).isEqualTo(1);
            assertThat(page.locator("#qpv-messages").textContent()).contains("obligatoire");
            PagesPro.verifierPage(session, "logement-nouveau-erreurs");

            page.locator("#identifiantRpls").fill("NAVLOOS1");
            page.locator("#adresse").fill("8 rue du Marais");
            page.locator("#codeCommune").fill(COMMUNE);
            page.locator("#typologie").selectOption("T2");
            page.locator("#surface").fill("48,5");
            page.locator("#loyer").fill("365");
            page.locator("#financement").selectOption("PLUS");
            page.locator("label[for=qpv-non]").click();
            page.locator("label[for=adapteHandicap-non]").click();
            poster(page, "/pro/logements", "Déclarer le logement");
            page.waitForURL(Pattern.compile(".*/pro/logements/[0-9]+"));
            assertThat(page.locator("#message-succes").textContent()).contains("NAVLOOS1");
            assertThat(page.locator("#table-candidats").textContent()).contains(a).contains(b).contains(c);
            // the candidates' names were shown: each display is in the access journal, by the agent, screen CANDIDATS
            for (String numero : List.of(a, b, c)) {
                assertThat(jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = ? "
                        + "and acteur_id = ?").params(numero, "CANDIDATS", "agent-g5901").query(Integer.class)
                        .single()).as(numero).isPositive();
            }
            PagesPro.verifierPage(session, "logement");

            page.locator("#dateCommission").fill(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
            page.locator("label[for='candidats-" + a + "']").click();
            Response unSeul = poster(page, "/commission", "Créer la séance");
            assertThat(unSeul.status()).isEqualTo(422);
            assertThat(page.locator("#candidats-messages").textContent()).contains("au moins trois");
            PagesPro.verifierPage(session, "logement-commission-erreurs");

            page.locator("label[for='candidats-" + b + "']").click();
            page.locator("label[for='candidats-" + c + "']").click();
            poster(page, "/commission", "Créer la séance");
            page.waitForURL(Pattern.compile(".*/pro/commissions/[0-9]+"));
            PagesPro.verifierPage(session, "commission");
            String logement = jdbc.sql("select id from logement where identifiant_rpls = 'NAVLOOS1'")
                    .query(Long.class).single().toString();

            int rang = 1;
            for (String numero : List.of(a, b, c)) {
                page.locator("#numeroUnique").selectOption(logement + ":" + numero);
                page.locator("#decision").selectOption("ATTRIBUTION_RANG");
                page.locator("#rang").fill(String.valueOf(rang++));
                Response decision = poster(page, "/decisions", "Enregistrer la décision");
                assertThat(decision.status()).isEqualTo(302);
                page.waitForLoadState();
            }
            assertThat(page.locator("tr[data-numero='" + a + "']").textContent()).contains("Attribution avec rang (rang 1)");

            page.locator("#numeroReponse").selectOption(logement + ":" + b);
            page.locator("label[for=reponse-accepte]").click();
            Response tropTot = poster(page, "/reponses", "Enregistrer la réponse");
            assertThat(tropTot.status()).isEqualTo(409);
            assertThat(page.locator("#resume-erreurs").textContent()).contains("mieux classée");
            PagesPro.verifierPage(session, "commission-erreurs");

            page.locator("#numeroReponse").selectOption(logement + ":" + a);
            page.locator("label[for=reponse-refuse]").click();
            page.locator("#motifRefus").fill("Trop éloigné de son travail");
            poster(page, "/reponses", "Enregistrer la réponse");
            page.waitForLoadState();
            page.locator("#numeroReponse").selectOption(logement + ":" + b);
            page.locator("label[for=reponse-accepte]").click();
            poster(page, "/reponses", "Enregistrer la réponse");
            page.waitForLoadState();
            assertThat(page.locator("tr[data-numero='" + b + "']").textContent()).contains("Accepte le logement");

            page.locator("#numeroBail").selectOption(logement + ":" + b);
            page.locator("#dateSignature").fill(LocalDate.now(ZoneId.of("Europe/Paris")).toString());
            page.locator("#accordCollectif").selectOption("AUCUN");
            page.locator("label[for=prioritaireDalo-non]").click();
            page.locator("#contingent").selectOption("BAILLEUR");
            poster(page, "/bail", "Enregistrer le bail");
            page.waitForLoadState();
            assertThat(page.locator("#message-succes").textContent()).contains("radiée pour attribution");
            PagesPro.verifierPage(session, "commission-bail");
        }
        Map<String, Object> demande = jdbc.sql("select statut, motif_radiation from demande where numero_unique = ?")
                .param(b).query().singleRow();
        assertThat(demande.get("statut")).isEqualTo("RADIEE");
        assertThat(demande.get("motif_radiation")).isEqualTo("a");
        assertThat(jdbc.sql("select source from attribution_fait where numero_unique = ?").param(b)
                .query(String.class).single()).isEqualTo("CHAINE");
    }
}
