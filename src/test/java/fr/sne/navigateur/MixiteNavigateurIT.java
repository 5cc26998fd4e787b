package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fr.sne.TestIntegration;

/**
 * The mixité page in a real browser: an agent of the Nord sees the EPCIs of his territory with leases in the year,
 * each share with its objective met or not in words; a year typed by hand that is not one is the form's error; an
 * agent of the Pas-de-Calais does not see the Nord's EPCIs. And a demande's tab "Premier quartile".
 */
@TestIntegration
class MixiteNavigateurIT {

    /** CA de Cambrai (Nord), an EPCI that no other test gives leases to (the year before last). */
    private static final String EPCI = "200068500";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private void bail(int annee, boolean qpv, boolean q1) {
        jdbc.sql("""
                insert into attribution_fait (territoire, date_bail, annee, guichet, identifiant_rpls, epci_siren, qpv,
                                              contingent, accord_collectif, prioritaire_dalo, premier_quartile, source,
                                              enregistre_le)
                values ('059', ?, ?, 'G5901', 'RPLSNAV', ?, ?, 'BAILLEUR', 'AUCUN', false, ?, 'RADIATION', ?)""")
                .params(LocalDate.of(annee, 6, 1), annee, EPCI, qpv, q1, Timestamp.from(Instant.now())).update();
    }

    @Test
    void l_onglet_ressources_et_quartile_d_une_demande_montre_ses_ressources_par_uc_et_son_quartile() {
        fr.sne.ClientApi.Reponse r = new fr.sne.ClientApi(port).post("G5901", "/v1.0/demandes",
                fr.sne.demande.DemandeExemple.nord().json(), java.util.UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes/" + numero + "?onglet=quartile");
            assertThat(page.content()).contains("<h2>Ressources et premier quartile</h2>");
            // 1 350,25 € a month, alone: 16 203,00 € a year per UC, above the Métropole Européenne de Lille's
            assertThat(page.locator("#ressources-uc").textContent().replace('\u202f', ' ').replace('\u00a0', ' ')).contains("1 350,25 €", "16 203,00 €",
                    "Métropole Européenne de Lille", "Lille (59350)");
            assertThat(page.locator("#premier-quartile").textContent()).contains("Hors premier quartile");
            PagesPro.verifierPage(session, "demande-quartile");
        }
    }

    @Test
    void un_agent_voit_la_mixite_des_epci_de_son_territoire_et_une_annee_invalide_est_refusee() {
        int annee = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() - 2;
        jdbc.sql("delete from attribution_fait where epci_siren = ? and annee = ?").params(EPCI, annee).update();
        bail(annee, false, true);
        bail(annee, false, false);
        bail(annee, false, false);
        bail(annee, false, false);
        bail(annee, true, true);
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/mixite");
            PagesPro.verifierPage(session, "mixite");
            page.locator("#annee").selectOption(String.valueOf(annee));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Afficher")).click();
            page.waitForURL(u -> u.contains("annee=" + annee));
            String ligne = page.locator("tr[data-epci='" + EPCI + "']").textContent();
            // outside QPV: 1 of 4 to Q1 = 25 %, met; inside QPV: 0 of 1 to the other quartiles, not met
            assertThat(ligne).contains("Cambrai", "25,0 %", "atteint", "0,0 %", "non atteint");
            PagesPro.verifierPage(session, "mixite-annee");

            Response refusee = page.navigate("/pro/mixite?annee=deux-mille");
            assertThat(refusee.status()).isEqualTo(422);
            assertThat(page.locator("#resume-erreurs a[href='#annee']").count()).isEqualTo(1);
            PagesPro.verifierPage(session, "mixite-erreur");
        }
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g6201");
            page.navigate("/pro/mixite?annee=" + annee);
            assertThat(page.locator("tr[data-epci='" + EPCI + "']").count()).isZero();
        }
    }
}
