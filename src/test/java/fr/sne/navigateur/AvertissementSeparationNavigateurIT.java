package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;

/**
 * The warning before a radiation c or d and the separation of a co-demandeur, from the demande's page in a real
 * browser: a warning c recorded through its form (after its errors) is listed on the demande's page with the date
 * from which the radiation is possible; a warning d by a commune's guichet is refused with its reason, nothing
 * written; a separation (after a stale form refused) names the new demande, which is the co-demandeur's, and
 * the original no longer counts him; a gestionnaire (no guichet) is refused both pages; a radiated demande's
 * warning page has no form.
 */
@TestIntegration
class AvertissementSeparationNavigateurIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String enregistrer(DemandeExemple demande) {
        ClientApi.Reponse r = new ClientApi(port).post("G5901", "/v1.0/demandes", demande.json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private long avertissements(String numero) {
        return jdbc.sql("select count(*) from avertissement a join demande d on d.id = a.demande_id "
                + "where d.numero_unique = ?").param(numero).query(Long.class).single();
    }

    private static void cliquer(Page page, String bouton) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(bouton)).click();
    }

    @Test
    void un_bailleur_enregistre_un_avertissement_c_qui_apparait_sur_la_demande() {
        String numero = enregistrer(DemandeExemple.nord());
        LocalDate aujourdhui = LocalDate.now(PARIS);
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.locator("#avertissements").count()).isZero();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avertir avant radiation")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero + "/avertissement"));
            PagesPro.verifierPage(session, "avertissement");

            // confirmed but empty: each missing field said under it, the summary linking to them
            page.locator("label[for=confirmation]").click();
            Response vide = page.waitForResponse(r -> r.url().endsWith("/avertissement")
                    && r.request().method().equals("POST"), () -> cliquer(page, "Enregistrer l'avertissement"));
            assertThat(vide.status()).isEqualTo(422);
            assertThat(page.locator("#resume-erreurs a[href='#motif']").count()).isEqualTo(1);
            assertThat(page.locator("#resume-erreurs a[href='#dateEnvoi']").count()).isEqualTo(1);
            assertThat(page.locator("#resume-erreurs a[href='#canal']").count()).isEqualTo(1);
            assertThat(page.locator("#dateEnvoi").getAttribute("class")).contains("fr-input--error");
            assertThat(page.locator("#canal-messages").textContent()).contains("obligatoire");
            assertThat(page.locator("#resume-erreurs").textContent()).contains("Moyen d'envoi : Ce champ est obligatoire.");
            assertThat(page.locator("#motif-c").isChecked()).isFalse();
            PagesPro.verifierPage(session, "avertissement-erreurs");
            assertThat(avertissements(numero)).isZero();

            page.locator("label[for=motif-c]").click();
            page.locator("#dateEnvoi").fill(aujourdhui.toString());
            page.locator("label[for=canal-LRAR]").click();
            page.locator("label[for=radiationDemandee]").click();
            page.locator("label[for=confirmation]").click();
            cliquer(page, "Enregistrer l'avertissement");
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            String possible = aujourdhui.plusMonths(1).format(FR);
            assertThat(page.locator("#message-succes").textContent()).contains("motif c",
                    "possible à partir du " + possible);
            String liste = page.locator("#liste-avertissements").textContent();
            assertThat(liste).contains("Envoyé le " + aujourdhui.format(FR), "motif c (absence de réponse)",
                    "lettre recommandée avec avis de réception", "Habitat du Nord", "possible à partir du " + possible,
                    "Radiation demandée à l'échéance");
            PagesPro.verifierPage(session, "demande-avertie");
            assertThat(jdbc.sql("select a.motif || ' ' || a.canal || ' ' || a.radiation_demandee || ' ' || a.guichet "
                    + "from avertissement a join demande d on d.id = a.demande_id where d.numero_unique = ?")
                    .param(numero).query(String.class).list()).containsExactly("c LRAR true G5901");

            // the radiation's page says it too: a radiation c is not possible before that date
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radier")).click();
            page.waitForURL(Pattern.compile(".*/radiation"));
            assertThat(page.locator("#liste-avertissements").textContent()).contains(possible);
            PagesPro.verifierPage(session, "radiation-apres-avertissement");
        }
        // the access journal names the warning's page as its own screen
        assertThat(jdbc.sql("select ecran from journal_acces where numero_unique = ? and acteur_id = 'agent-g5901' "
                + "order by id").param(numero).query(String.class).list())
                .containsExactly("IDENTITE", "AVERTISSEMENT", "AVERTISSEMENT", "IDENTITE", "RADIATION");
    }

    @Test
    void un_avertissement_d_par_le_guichet_d_une_commune_est_refuse_avec_son_motif() {
        String numero = enregistrer(DemandeExemple.nord());
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes/" + numero + "/avertissement");
            PagesPro.verifierPage(session, "avertissement-commune");
            page.locator("label[for=motif-d]").click();
            page.locator("label[for=sousMotif-PLAFOND_RESSOURCES]").click();
            page.locator("#dateEnvoi").fill(LocalDate.now(PARIS).toString());
            page.locator("label[for=canal-AUTRE_PREUVE_DEPOT]").click();
            page.locator("label[for=confirmation]").click();
            Response refus = page.waitForResponse(r -> r.url().endsWith("/avertissement")
                    && r.request().method().equals("POST"), () -> cliquer(page, "Enregistrer l'avertissement"));
            assertThat(refus.status()).isEqualTo(409);
            assertThat(page.locator("#resume-erreurs").textContent())
                    .contains("Seul un bailleur peut radier ou avertir pour le motif d");
            // what was chosen stays chosen
            assertThat(page.locator("#motif-d").isChecked()).isTrue();
            assertThat(page.locator("#sousMotif-PLAFOND_RESSOURCES").isChecked()).isTrue();
            PagesPro.verifierPage(session, "avertissement-d-refuse");
        }
        assertThat(avertissements(numero)).isZero();

        // a gestionnaire sees the demande but acts for no guichet: both pages are refused
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Avertir avant radiation"))
                    .count()).isZero();
            assertThat(page.navigate("/pro/demandes/" + numero + "/avertissement").status()).isEqualTo(403);
            PagesPro.verifierPage(session, "avertissement-gestionnaire");
            assertThat(page.navigate("/pro/demandes/" + numero + "/separation").status()).isEqualTo(403);
        }

        // a radiated demande is warned no more: the page says so and has no form
        jdbc.sql("update demande set statut = 'RADIEE', motif_radiation = 'b', date_radiation = ? where numero_unique = ?")
                .params(LocalDate.now(PARIS), numero).update();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes/" + numero + "/avertissement");
            assertThat(page.locator("#demande-non-active").textContent()).contains("radiée");
            assertThat(page.locator("#formulaire-action").count()).isZero();
            PagesPro.verifierPage(session, "avertissement-demande-radiee");
        }
        assertThat(avertissements(numero)).isZero();
    }

    @Test
    void la_separation_d_un_co_demandeur_donne_un_nouveau_numero_et_l_original_ne_le_compte_plus() {
        String nomCo = DemandeExemple.nomAuHasard();
        String numero = enregistrer(DemandeExemple.nord().avecCoDemandeur(
                DemandeExemple.personne(nomCo, "Paul", LocalDate.of(1985, 2, 3), "M", "1")));
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes/" + numero + "?onglet=menage");
            assertThat(page.locator("#panneau-menage").textContent()).contains(nomCo);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Séparer un co-demandeur")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero + "/separation"));
            PagesPro.verifierPage(session, "separation");

            // confirmed without choosing whom
            page.locator("label[for=confirmation]").click();
            cliquer(page, "Confirmer la séparation");
            page.locator("#resume-erreurs").waitFor();
            assertThat(page.locator("#resume-erreurs a[href='#rangCoDemandeur']").count()).isEqualTo(1);
            assertThat(page.locator("#rangCoDemandeur-messages").textContent()).contains("Choisissez le co-demandeur");
            PagesPro.verifierPage(session, "separation-erreur");

            // a stale form: another guichet changed the demande meanwhile (a warning); nothing is written
            ClientApi.Reponse avertissement = new ClientApi(port).envoyer("POST", "G5901", "/v1.0/demandes/" + numero
                    + "/avertissements", Map.of("motif", "c", "dateEnvoi", LocalDate.now(PARIS).toString(),
                            "canal", "LRAR"), Map.of());
            assertThat(avertissement.statut()).as(avertissement.texte()).isEqualTo(201);
            page.locator("label").filter(new Locator.FilterOptions().setHasText("Paul " + nomCo)).click();
            page.locator("label[for=confirmation]").click();
            Response perimee = page.waitForResponse(r -> r.url().endsWith("/separation")
                    && r.request().method().equals("POST"), () -> cliquer(page, "Confirmer la séparation"));
            assertThat(perimee.status()).isEqualTo(409);
            assertThat(page.locator("#resume-erreurs").textContent()).contains("La demande a changé");
            assertThat(page.locator("#rangCoDemandeur-1").isChecked()).isTrue();
            PagesPro.verifierPage(session, "separation-perimee");
            assertThat(jdbc.sql("select count(*) from mouvement where numero_unique = ? and type = 'MOD'")
                    .param(numero).query(Long.class).single()).isEqualTo(1L);

            page.locator("label[for=confirmation]").click();
            cliquer(page, "Confirmer la séparation");
            page.waitForURL(Pattern.compile(".*/separation/effectuee"));
            String nouvelle = page.locator("#numero-nouvelle").textContent();
            assertThat(nouvelle).hasSize(18).isNotEqualTo(numero).startsWith("059").endsWith("G5902");
            assertThat(page.locator("#message-succes").textContent()).contains("Paul " + nomCo, nouvelle, numero);
            PagesPro.verifierPage(session, "separation-effectuee");
            APIResponse attestation = page.request().get(page.locator("#attestation-nouvelle").getAttribute("href"));
            assertThat(attestation.status()).isEqualTo(200);
            assertThat(attestation.headers().get("content-type")).startsWith("application/pdf");

            page.locator("#lien-nouvelle").click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + nouvelle));
            assertThat(page.locator("h1").textContent()).isEqualTo("Demande de Paul " + nomCo);
            PagesPro.verifierPage(session, "separation-nouvelle-demande");

            page.navigate("/pro/demandes/" + numero + "?onglet=menage");
            assertThat(page.locator("#panneau-menage").textContent()).doesNotContain(nomCo)
                    .contains("Aucun co-demandeur");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Séparer un co-demandeur"))
                    .count()).isZero();
            PagesPro.verifierPage(session, "separation-original");

            // said once: shown again, the confirmation leads back to the demande
            page.navigate("/pro/demandes/" + numero + "/separation/effectuee");
            assertThat(page.url()).matches(".*/pro/demandes/" + numero + "(\\?onglet=identite)?");
            assertThat(page.locator("#numero-unique").textContent()).isEqualTo(numero);
            assertThat(page.locator("#numero-nouvelle").count()).isZero();
        }
        assertThat(jdbc.sql("select type from mouvement where numero_unique = ? order by id").param(numero)
                .query(String.class).list()).containsExactly("CRE", "MOD", "MOD");
    }
}
