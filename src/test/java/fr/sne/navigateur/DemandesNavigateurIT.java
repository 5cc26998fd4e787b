package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;

/**
 * The demande's journeys of the professional application in a real browser: search (by name, folded, over two
 * pages; by numéro), the demande's page and each of its tabs, the attestation, renewal and radiation through
 * their forms (a stale form included), the 404 of a demande of another territory, the gestionnaire's access
 * journal; and the same search and tabs with JavaScript off.
 */
@TestIntegration
class DemandesNavigateurIT {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String enregistrer(ClientApi api, DemandeExemple demande) {
        ClientApi.Reponse r = api.post("G5901", "/v1.0/demandes", demande.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    /** 21 demandes of the Nord whose demandeur bears the same accented birth name; the last one is returned. */
    private String vingtEtUneDemandes(ClientApi api, String nom) {
        String derniere = null;
        for (int i = 0; i < 21; i++) {
            DemandeExemple demande = DemandeExemple.nord();
            demande.demandeur().put("nomNaissance", nom);
            demande.demandeur().put("prenoms", i == 20 ? "Hélène" : "Claire");
            demande.demandeur().put("dateNaissance", LocalDate.of(1970, 3, 1).plusDays(i).toString());
            derniere = enregistrer(api, demande);
        }
        return derniere;
    }

    @Test
    void un_agent_cherche_ouvre_chaque_onglet_telecharge_renouvelle_et_radie_puis_le_gestionnaire_lit_le_journal()
            throws Exception {
        ClientApi api = new ClientApi(port);
        String suffixe = DemandeExemple.nomAuHasard().substring(4);
        String nom = "Dûpont-Lefèvre " + suffixe;
        String numero = vingtEtUneDemandes(api, nom);
        // the registering guichet's software reads it back through the API: a hand-out, shown with the consultations
        ClientApi.Reponse lue = api.get("G5901", "/v1.0/demandes/" + numero);
        assertThat(lue.statut()).as(lue.texte()).isEqualTo(200);

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            page.navigate("/pro/demandes");
            PagesPro.verifierPage(session, "recherche");

            // by name, typed without accents, in lower case, without the hyphen: 21 results over two pages
            page.getByLabel("Nom de naissance").fill("dupont lefevre " + suffixe.toLowerCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes\\?.*"));
            assertThat(page.locator("#titre-resultats").textContent()).isEqualTo("21 demandes trouvées");
            assertThat(page.locator("#tableau-resultats tbody tr").count()).isEqualTo(20);
            PagesPro.verifierPage(session, "recherche-resultats");
            page.locator(".fr-pagination__link--next").click();
            page.waitForURL(Pattern.compile(".*page=2.*"));
            assertThat(page.locator("#tableau-resultats tbody tr").count()).isEqualTo(1);
            assertThat(page.locator(".fr-pagination a[aria-current=page]").textContent()).isEqualTo("2");
            PagesPro.verifierPage(session, "recherche-page-2");

            // with a first name and a birth date: the one
            page.getByLabel("Prénom").fill("HELENE");
            page.getByLabel("Date de naissance").fill(LocalDate.of(1970, 3, 21).toString());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.waitForURL(Pattern.compile(".*prenom=HELENE.*"));
            assertThat(page.locator("#tableau-resultats tbody tr").count()).isEqualTo(1);
            assertThat(page.locator("#tableau-resultats tbody").textContent()).contains(numero, "Hélène", "Active");

            // a search term bearing a script is shown as typed, and runs nothing
            page.navigate("/pro/demandes");
            page.getByLabel("Nom de naissance").fill("<script>alert(1)</script>");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.waitForURL(Pattern.compile(".*nom=.*"));
            assertThat(page.getByLabel("Nom de naissance").inputValue()).isEqualTo("<script>alert(1)</script>");
            assertThat(page.locator("#titre-resultats").textContent()).isEqualTo("Aucune demande trouvée");
            PagesPro.verifierPage(session, "recherche-script");

            // a very long numéro: a DSFR error, not a 500
            Response longue = page.navigate("/pro/demandes?numero=" + "9".repeat(4000));
            assertThat(longue.status()).isEqualTo(422);
            assertThat(page.locator("#resume-erreurs").textContent()).contains("18 caractères");
            assertThat(page.locator("#numero").getAttribute("class")).contains("fr-input--error");
            PagesPro.verifierPage(session, "recherche-erreur");

            // by numéro, then the demande's page and each of its tabs
            page.navigate("/pro/demandes");
            page.locator("#numero").fill(numero.toLowerCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.waitForURL(Pattern.compile(".*numero=.*"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(numero)).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            assertThat(page.locator("h1").textContent()).isEqualTo("Demande de Hélène " + nom);
            assertThat(page.locator("#panneau-identite").textContent()).contains("Date de naissance", "21/03/1970");
            PagesPro.verifierPage(session, "demande-identite");
            // from the keyboard, as the DSFR tabs do: the arrow selects the next tab, whose content is fetched
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Identité")).focus();
            page.keyboard().press("ArrowRight");
            page.locator("#panneau-menage h2").waitFor();
            assertThat(page.locator("#panneau-menage").getAttribute("class")).contains("fr-tabs__panel--selected");
            for (String onglet : new String[] {"Ménage", "Ressources", "Logement recherché", "Historique", "Consultations"}) {
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(onglet)).click();
                var panneau = page.locator(".fr-tabs__panel--selected");
                panneau.locator("h2").waitFor();
                assertThat(panneau.locator("h2").textContent()).isEqualTo(onglet);
                PagesPro.verifierPage(session, "demande-" + onglet.toLowerCase().replace(' ', '-').replace('é', 'e'));
            }
            assertThat(page.url()).endsWith("?onglet=consultations");
            assertThat(page.locator("#tableau-consultations").textContent()).contains("agent-g5902", "Historique",
                    "Ménage", "Identité", "Résultats de recherche");
            assertThat(page.locator("#tableau-remises tbody tr").count()).isOne();
            assertThat(page.locator("#tableau-remises tbody").textContent()).contains("(G5901)",
                    "API (lecture de la demande)", LocalDate.now(PARIS).format(java.time.format.DateTimeFormatter
                            .ofPattern("dd/MM/yyyy")));
            page.navigate("/pro/demandes/" + numero + "?onglet=historique");
            assertThat(page.locator("#tableau-historique tbody").textContent()).contains("Création (CRE)",
                    "demo-g5901");

            // the attestation
            Download telechargement = page.waitForDownload(() -> page.locator("#telecharger-attestation").click());
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(telechargement.path()))) {
                String texte = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                assertThat(texte).contains(numero, nom);
            }

            // not renewable yet: the button greyed with the demande's reason; two months before its end of validity,
            // it is a link
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Renouveler")).count())
                    .isZero();
            Locator grise = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renouveler")
                    .setExact(true));
            assertThat(grise.isDisabled()).isTrue();
            assertThat(page.locator("#" + grise.getAttribute("aria-describedby")).textContent())
                    .contains("pourra être renouvelée à partir du");
            LocalDate aujourdhui = LocalDate.now(PARIS);
            jdbc.sql("update demande set date_depot = ?, date_fin_validite = ? where numero_unique = ?")
                    .params(aujourdhui.minusMonths(10), aujourdhui.plusMonths(2), numero).update();
            jdbc.sql("update demande set contenu = jsonb_set(contenu, '{dateDepot}', to_jsonb(?::text)) where numero_unique = ?")
                    .params(aujourdhui.minusMonths(10).toString(), numero).update();
            page.navigate("/pro/demandes/" + numero);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Renouveler")).click();
            page.waitForURL(Pattern.compile(".*/renouvellement"));
            PagesPro.verifierPage(session, "renouvellement");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le renouvellement")).click();
            page.locator("#resume-erreurs").waitFor();
            assertThat(page.locator("#resume-erreurs").textContent()).contains("Cochez la case");
            PagesPro.verifierPage(session, "renouvellement-erreur");
            page.getByText("Je confirme que le demandeur renouvelle").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le renouvellement")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            assertThat(page.locator("#message-succes").textContent()).contains("renouvelée");
            assertThat(page.locator("#fin-validite").textContent())
                    .isEqualTo(aujourdhui.plusYears(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            PagesPro.verifierPage(session, "demande-renouvelee");

            // radiation on a stale form: another guichet changed the demande meanwhile
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radier")).click();
            page.waitForURL(Pattern.compile(".*/radiation"));
            PagesPro.verifierPage(session, "radiation");
            // an attribution (a) without its data: each missing field said under it, the summary linking to them
            page.getByText("a — attribution d'un logement").click();
            page.getByText("Je confirme la radiation").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la radiation")).click();
            page.locator("#resume-erreurs").waitFor();
            assertThat(page.locator("#resume-erreurs a[href='#attribution-identifiantRpls']").count()).isEqualTo(1);
            assertThat(page.locator("#attribution-identifiantRpls").getAttribute("class")).contains("fr-input--error");
            assertThat(page.locator("#attribution-contingent-messages").textContent()).contains("obligatoire");
            assertThat(page.locator("#motif-a").isChecked()).isTrue();
            PagesPro.verifierPage(session, "radiation-erreurs");
            ClientApi.Reponse avertissement = api.envoyer("POST", "G5901", "/v1.0/demandes/" + numero
                    + "/avertissements", Map.of("motif", "c", "dateEnvoi", aujourdhui.toString(), "canal", "LRAR"),
                    Map.of());
            assertThat(avertissement.statut()).as(avertissement.texte()).isEqualTo(201);
            page.getByText("b — renonciation écrite du demandeur").click();
            page.getByText("Je confirme la radiation").click();
            Response perimee = page.waitForResponse(r -> r.url().endsWith("/radiation") && r.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la radiation")).click());
            assertThat(perimee.status()).isEqualTo(409);
            assertThat(page.locator("#resume-erreurs").textContent()).contains("La demande a changé");
            assertThat(page.locator("#etat-demande").textContent()).isEqualTo("Active");
            PagesPro.verifierPage(session, "radiation-perimee");
            page.getByText("Je confirme la radiation").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la radiation")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            assertThat(page.locator("#message-succes").textContent()).contains("radiée", "renonciation");
            assertThat(page.locator("#etat-demande").textContent()).isEqualTo("Radiée");
            PagesPro.verifierPage(session, "demande-radiee");
        }

        // an agent of another territory typing the address gets the same 404 as for a number that does not exist
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g6201");
            Response ailleurs = page.navigate("/pro/demandes/" + numero);
            assertThat(ailleurs.status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Page introuvable");
            assertThat(page.locator("main").textContent()).doesNotContain(nom);
            PagesPro.verifierPage(session, "demande-hors-territoire");
            String inexistant = numero.substring(0, 7) + "999999" + numero.substring(13);
            assertThat(page.navigate("/pro/demandes/" + inexistant).status()).isEqualTo(404);
            assertThat(page.navigate("/pro/demandes/" + numero + "/attestation").status()).isEqualTo(404);
            assertThat(page.navigate("/pro/demandes/%3Cscript%3E?onglet=%22").status()).isEqualTo(404);
        }

        // the gestionnaire of the Nord reads who consulted it
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal des accès").setExact(true))
                    .first().click();
            page.waitForURL(Pattern.compile(".*/pro/administration/journal-acces"));
            PagesPro.verifierPage(session, "journal-acces");
            page.locator("#numero").fill(numero);
            page.getByLabel("Identifiant de l'agent").fill("agent-g5902");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
            page.waitForURL(Pattern.compile(".*agent=agent-g5902.*"));
            String journal = page.locator("#tableau-journal tbody").textContent();
            assertThat(journal).contains(numero, "agent-g5902", "Téléchargement de l'attestation", "Radiation",
                    "Renouvellement", "Consultations", "Ménage");
            long lignes = jdbc.sql("select count(*) from journal_acces where numero_unique = ? and acteur_id = 'agent-g5902'")
                    .param(numero).query(Long.class).single();
            assertThat(lignes).isBetween(1L, 20L);
            assertThat(page.locator("#tableau-journal tbody tr").count()).isEqualTo((int) lignes);
            // filtered by numéro, the journal gives the demande's hand-outs to the guichets' software too
            assertThat(page.locator("#tableau-remises tbody").textContent()).contains("(G5901)",
                    "API (lecture de la demande)");
            PagesPro.verifierPage(session, "journal-acces-filtre");
            // all of this agent's accesses: the 21 results of the search at least, over pages of 20
            page.navigate("/pro/administration/journal-acces?agent=agent-g5902");
            assertThat(page.locator("#tableau-journal tbody tr").count()).isEqualTo(20);
            page.locator(".fr-pagination__link--next").click();
            page.waitForURL(Pattern.compile(".*page=2.*"));
            assertThat(page.locator("#tableau-journal tbody tr").count()).isPositive();
            PagesPro.verifierPage(session, "journal-acces-page-2");
        }
    }

    @Test
    void une_demande_radiee_pour_non_renouvellement_se_reactive_par_son_formulaire() {
        String numero = enregistrer(new ClientApi(port), DemandeExemple.nord());
        LocalDate fin = LocalDate.now(PARIS).minusMonths(2);
        jdbc.sql("""
                update demande set date_depot = ?, date_fin_validite = ?, statut = 'RADIEE', motif_radiation = 'e',
                                   date_radiation = ? where numero_unique = ?""")
                .params(fin.minusYears(1), fin, fin.plusMonths(1), numero).update();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.locator("#etat-demande").textContent()).isEqualTo("Radiée");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radier")).count()).isZero();
            PagesPro.verifierPage(session, "demande-radiee-e");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Réactiver")).click();
            page.waitForURL(Pattern.compile(".*/reactivation"));
            PagesPro.verifierPage(session, "reactivation");
            page.getByText("Je confirme la réactivation").click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer la réactivation")).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            assertThat(page.locator("#message-succes").textContent()).contains("réactivée");
            assertThat(page.locator("#etat-demande").textContent()).isEqualTo("Active");
            PagesPro.verifierPage(session, "demande-reactivee");
        }
        // a gestionnaire sees the demande but acts for no guichet: no action, and the action's address is refused
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/demandes/" + numero);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Radier")).count()).isZero();
            PagesPro.verifierPage(session, "demande-gestionnaire");
            assertThat(page.navigate("/pro/demandes/" + numero + "/radiation").status()).isEqualTo(403);
            PagesPro.verifierPage(session, "radiation-refusee");
        }
    }

    @Test
    void sans_javascript_la_recherche_et_les_onglets_marchent_par_leurs_adresses() {
        ClientApi api = new ClientApi(port);
        DemandeExemple demande = DemandeExemple.nord();
        String numero = enregistrer(api, demande);
        Browser navigateur = Navigateur.navigateur();
        try (BrowserContext contexte = navigateur.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("fr-FR").setJavaScriptEnabled(false))) {
            Page page = contexte.newPage();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/demandes");
            page.getByLabel("Nom de naissance").fill(demande.nom().toUpperCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
            page.waitForURL(Pattern.compile(".*nom=.*"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(numero)).click();
            page.waitForURL(Pattern.compile(".*/pro/demandes/" + numero));
            assertThat(page.locator("h1").textContent()).as(page.locator("main").innerText()).startsWith("Demande de");
            assertThat(page.locator("#contenu-onglet h2").textContent()).isEqualTo("Identité");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ressources")).click();
            page.waitForURL(Pattern.compile(".*onglet=ressources"));
            assertThat(page.locator("#contenu-onglet h2").textContent()).isEqualTo("Ressources");
            assertThat(page.locator("#contenu-onglet").textContent()).contains("Salaire", "350,25");
            assertThat(page.locator("#onglets-liens a[aria-current=page]").textContent()).isEqualTo("Ressources");
        }
        // agent-g5901 holds the profile DRM and G5901 is switched on: the tab also showed the DRM's block (ADR 0031)
        assertThat(jdbc.sql("select ecran from journal_acces where numero_unique = ? order by id").param(numero)
                .query(String.class).list()).containsExactly("RECHERCHE", "IDENTITE", "RESSOURCES", "DRM");
    }
}
