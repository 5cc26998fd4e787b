package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;
import fr.sne.drm.FixturesDrm;

/**
 * The DRM's resources in a demande's tab "Ressources" and the administration page that switches guichets on (issue 19
 * §3, ADR 0031), in a real browser: agent-g5901 (profile DRM, G5901 switched on) sees "Données de l'administration",
 * months as columns and their total, or only the reason for a discordance; agent-g5902 sees nothing of it, even once
 * his guichet is switched on (no profile); the gestionnaire switches a guichet on and off. The DRM's rows are the read
 * side's fixtures ({@link FixturesDrm}).
 */
@TestIntegration
class RessourcesDrmNavigateurIT {

    private static final YearMonth OCTOBRE = YearMonth.of(2026, 10);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final List<String> numeros = new java.util.ArrayList<>();

    @AfterEach
    void nettoyer() {
        FixturesDrm fixtures = new FixturesDrm(jdbc);
        numeros.forEach(fixtures::effacer);
        jdbc.sql("delete from drm_guichet where guichet_code = 'G5902'").update();
    }

    private String enregistrer(ClientApi api) {
        var r = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();
        numeros.add(numero);
        return numero;
    }

    /** French amounts group thousands with a narrow no-break space: compared with plain spaces. */
    private static List<String> espaces(List<String> textes) {
        return textes.stream().map(t -> t.replace('\u202f', ' ').replace('\u00a0', ' ')).toList();
    }

    @Test
    void l_agent_au_profil_drm_voit_les_donnees_de_l_administration_et_les_autres_rien() {
        ClientApi api = new ClientApi(port);
        FixturesDrm fixtures = new FixturesDrm(jdbc);
        String affichable = enregistrer(api);
        String discordant = enregistrer(api);
        List<FixturesDrm.Nature> natures = fixtures.natures(2);
        Instant le = Instant.parse("2026-11-22T03:00:00Z");
        fixtures.situation(affichable, "AFFICHABLE", OCTOBRE, le);
        fixtures.ressource(affichable, OCTOBRE, natures.get(0).code(), "1500.10", le);
        fixtures.ressource(affichable, OCTOBRE, natures.get(1).code(), "200.00", le);
        fixtures.ressource(affichable, OCTOBRE.minusMonths(1), natures.get(0).code(), "1480.00", le);
        fixtures.ressource(affichable, OCTOBRE.minusMonths(2), natures.get(0).code(), "1470.00", le);
        fixtures.situation(discordant, "DISCORDANCE", OCTOBRE, le);

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes/" + affichable + "?onglet=ressources");
            assertThat(page.locator("#titre-donnees-administration").textContent())
                    .isEqualTo("Données de l'administration");
            var tableau = page.locator("#tableau-drm table");
            assertThat(tableau.locator("caption").textContent()).contains("Ressources DRM du demandeur par mois");
            assertThat(tableau.locator("thead th[scope=col]").allTextContents())
                    .containsExactly("Nature de la ressource", "Août 2026", "Septembre 2026", "Octobre 2026");
            assertThat(tableau.locator("tbody th[scope=row]").allTextContents())
                    .containsExactly(natures.get(0).libelle(), natures.get(1).libelle(),
                            "Total des ressources DRM par mois");
            assertThat(espaces(tableau.locator("tr[data-nature='" + natures.get(1).code() + "'] td").allTextContents()))
                    .containsExactly("—", "—", "200,00 €");
            assertThat(espaces(page.locator("#total-drm td").allTextContents()))
                    .containsExactly("1 470,00 €", "1 480,00 €", "1 700,10 €");
            // beside the declared resources, which stay
            // (with JavaScript, the tab's content is moved into the DSFR tabs' panel)
            assertThat(page.locator("#panneau-ressources").textContent()).contains("Salaire", "350,25");
            PagesPro.verifierPage(session, "demande-ressources-drm");

            page.navigate("/pro/demandes/" + discordant + "?onglet=ressources");
            assertThat(page.locator("#tableau-drm").count()).isZero();
            assertThat(page.locator("#statut-drm").textContent()).contains("Aucune donnée de la DRM n’est affichée",
                    "Les données d'identité ne concordent pas");
            PagesPro.verifierPage(session, "demande-ressources-drm-discordance");
        }
        assertThat(jdbc.sql("select count(*) from journal_acces where numero_unique = ? and ecran = 'DRM'")
                .param(affichable).query(Long.class).single()).isOne();

        try (Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port);
                Navigateur.Session sansProfil = Navigateur.nouvelleSession(port)) {
            Page autre = sansProfil.page();
            PagesPro.connecter(autre, "agent-g5902");
            autre.navigate("/pro/demandes/" + affichable + "?onglet=ressources");
            assertThat(autre.locator("#panneau-ressources h2").textContent()).isEqualTo("Ressources");
            assertThat(autre.locator("#donnees-administration").count()).isZero();

            Page page = gestionnaire.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/administration/drm");
            assertThat(page.locator("#tableau-ouverts tr[data-guichet='G5901']").count()).isOne();
            assertThat(page.locator("#tableau-ouverts tr[data-guichet='G5902']").count()).isZero();
            PagesPro.verifierPage(gestionnaire, "administration-drm");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le réglage")).click();
            assertThat(page.locator(".fr-alert--error").textContent()).contains("Code du guichet");
            PagesPro.verifierPage(gestionnaire, "administration-drm-erreurs");

            page.getByLabel("Code du guichet").fill("G5902");
            page.locator("label[for='ouvert-oui']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le réglage")).click();
            page.waitForURL(Pattern.compile(".*/pro/administration/drm$"));
            assertThat(page.locator("#message-succes").textContent()).contains("G5902", "ouvert");
            assertThat(page.locator("#tableau-ouverts tr[data-guichet='G5902']").count()).isOne();
            assertThat(page.locator("#tableau-journal-drm").textContent()).contains("G5902", "Ouvert à la DRM",
                    "gestionnaire-059");
            PagesPro.verifierPage(gestionnaire, "administration-drm-ouvert");

            // G5902 is on, but agent-g5902 holds no profile DRM: still nothing
            autre.navigate("/pro/demandes/" + affichable + "?onglet=ressources");
            assertThat(autre.locator("#donnees-administration").count()).isZero();

            page.getByLabel("Code du guichet").fill("G5902");
            page.locator("label[for='ouvert-non']").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le réglage")).click();
            page.waitForURL(Pattern.compile(".*/pro/administration/drm$"));
            assertThat(page.locator("#tableau-ouverts tr[data-guichet='G5902']").count()).isZero();
        }
    }
}
