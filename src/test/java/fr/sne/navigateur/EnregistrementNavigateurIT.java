package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import fr.sne.TestIntegration;

/**
 * Registering a demande in the browser (issue 9): the Cerfa in steps with errors made and corrected, with the
 * mouse and with the keyboard only, a duplicate refused, a session expired between two steps, hostile text.
 * Every page visited passes {@link PagesPro#verifierPage}.
 */
@TestIntegration
class EnregistrementNavigateurIT {

    private static final Pattern NUMERO = Pattern.compile("059\\d{10}G5901");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    tools.jackson.databind.json.JsonMapper jsonMapper;

    @Autowired
    fr.sne.demande.application.EnregistrerDemande enregistrer;

    /** A birth name no other test uses (letters only, as the rules want). */
    static String nomAuHasard() {
        StringBuilder nom = new StringBuilder("Navigo");
        for (int i = 0; i < 6; i++) {
            nom.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return nom.toString();
    }

    @Test
    void un_agent_enregistre_une_demande_complete_en_corrigeant_ses_erreurs_puis_telecharge_l_attestation()
            throws Exception {
        String nom = nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/enregistrement");
            PagesPro.verifierPage(session, "enregistrement-brouillons");
            page.locator("#commencer").click();
            page.waitForURL(Pattern.compile(".*/etapes/demandeur$"));
            PagesPro.verifierPage(session, "enregistrement-1-demandeur");

            // a birth date in the future and a postcode that is not Lille's
            page.locator("#demandeur-civilite").selectOption("2");
            page.locator("#demandeur-nomNaissance").fill(nom);
            page.locator("#demandeur-prenoms").fill("Claire");
            page.locator("#demandeur-dateNaissance").fill(LocalDate.now().plusYears(1).toString());
            page.locator("#demandeur-sexe").selectOption("F");
            page.locator("#demandeur-nationalite").selectOption("1");
            page.locator("#adresse-voie").fill("14 rue Gambetta");
            page.locator("#adresse-codePostal").fill("62000");
            page.locator("#adresse-commune").fill("59350");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/demandeur");
            assertThat(page.locator("#resume-erreurs").textContent()).contains("Date de naissance")
                    .contains("Code postal");
            assertThat(page.locator("#demandeur-dateNaissance-erreur").textContent()).contains("futur");
            assertThat(page.locator("#demandeur-dateNaissance").getAttribute("aria-describedby"))
                    .isEqualTo("demandeur-dateNaissance-messages");
            assertThat(page.locator("#demandeur-dateNaissance-messages #demandeur-dateNaissance-erreur").count())
                    .isOne();
            assertThat(page.locator("#adresse-codePostal-erreur").textContent()).contains("62000").contains("Lille");
            assertThat(page.locator("#adresse-commune").inputValue()).as("ce qui a été saisi reste")
                    .isEqualTo("Lille (59350)");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("resume-erreurs");
            PagesPro.verifierPage(session, "enregistrement-1-demandeur-erreurs");

            page.locator("#demandeur-dateNaissance").fill("1988-04-12");
            page.locator("#adresse-codePostal").fill("59000");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");
            PagesPro.verifierPage(session, "enregistrement-2-co-demandeur");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/menage");
            page.locator("#personnesACharge-0-nom").fill(nom);
            page.locator("#personnesACharge-0-prenoms").fill("Léo");
            page.locator("#personnesACharge-0-dateNaissance").fill("2017-09-03");
            page.locator("#personnesACharge-0-sexe").selectOption("M");
            page.locator("#personnesACharge-0-lienParente").selectOption("E");
            PagesPro.verifierPage(session, "enregistrement-3-menage");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/logement-actuel");
            page.locator("#logementActuel-modele").selectOption("LP");
            page.locator("#logementActuel-nombreOccupants").fill("2");
            page.locator("#logementActuel-loyerMensuel").fill("690");
            cocher(page, "motifs-09");
            PagesPro.verifierPage(session, "enregistrement-4-logement-actuel");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/ressources");
            page.locator("#demandeur-situationProfessionnelle-typeContrat").selectOption("CDI");
            page.locator("#demandeur-ressourcesMensuelles-0-type").selectOption("SAL");
            page.locator("#demandeur-ressourcesMensuelles-0-montant").fill("1 520,50");
            PagesPro.verifierPage(session, "enregistrement-5-ressources");
            suivant(page);

            // one person to house for a household of two
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
            cocher(page, "logementRecherche-typesLogement-T2");
            page.locator("#logementRecherche-communesSouhaitees-0").fill("Lille");
            page.locator("#logementRecherche-nombrePersonnes").fill("1");
            cocher(page, "logementRecherche-demandeElargie-true");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/logement-recherche");
            assertThat(page.locator("#logementRecherche-nombrePersonnes-erreur").textContent()).contains("2");
            assertThat(page.locator("#logementRecherche-communesSouhaitees-0").inputValue())
                    .isEqualTo("Lille (59350)");
            PagesPro.verifierPage(session, "enregistrement-6-logement-recherche-erreurs");
            page.locator("#logementRecherche-nombrePersonnes").fill("2");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/situation");
            PagesPro.verifierPage(session, "enregistrement-7-situation");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/recapitulatif");
            assertThat(page.locator("#recapitulatif").textContent()).contains(nom).contains("Lille (59350)");
            PagesPro.verifierPage(session, "enregistrement-8-recapitulatif");
            page.locator("#enregistrer-demande").click();
            page.waitForURL(Pattern.compile(".*/confirmation$"));

            String numero = page.locator("#numero-unique").textContent().strip();
            assertThat(numero).matches(NUMERO);
            PagesPro.verifierPage(session, "enregistrement-confirmation");

            APIResponse pdf = session.contexte().request().get(page.locator("#attestation").getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                String texte = new PDFTextStripper().getText(document);
                assertThat(texte).contains(numero).contains(nom);
            }

            // the same final POST again (a double click, a replay) registers nothing more
            String confirmation = page.url();
            page.goBack();
            page.navigate(confirmation.replace("/confirmation", "/etapes/recapitulatif"));
            assertThat(page.url()).isEqualTo(confirmation);
            assertThat(jdbc.sql("select count(*) from demande_personne where nom_naissance = ? and role = 'DEMANDEUR'")
                    .param(nom).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void un_agent_enregistre_une_demande_au_clavier_seul_autocompletion_comprise() {
        String nom = nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            page.navigate("/pro/enregistrement");
            tabVers(page, "commencer");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/demandeur$"));

            choisirAuClavier(page, "demandeur-civilite", "1");
            tabVers(page, "demandeur-nomNaissance");
            page.keyboard().type(nom);
            tabVers(page, "demandeur-prenoms");
            page.keyboard().type("Paul");
            tabVers(page, "demandeur-dateNaissance");
            page.keyboard().type("03/02/1979");
            choisirAuClavier(page, "demandeur-sexe", "M");
            choisirAuClavier(page, "demandeur-nationalite", "2");
            // the country of birth: a combobox over the referential's countries (ADR 0019), France not among them
            tabVers(page, "demandeur-paysNaissance");
            page.keyboard().type("belg");
            page.locator("#demandeur-paysNaissance-suggestions [role=option]").first().waitFor();
            assertThat(page.locator("#demandeur-paysNaissance").getAttribute("role")).isEqualTo("combobox");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#demandeur-paysNaissance").inputValue()).isEqualTo("Belgique");
            assertThat(page.locator("#demandeur-paysNaissance-valeur").inputValue()).isEqualTo("Belgique");
            assertThat(page.locator("#demandeur-paysNaissance-valeur option[value='France']").count()).isZero();
            // what is typed and not chosen is put back: never free text
            page.keyboard().press("Control+A");
            page.keyboard().type("Atlantide");
            tabVers(page, "adresse-voie");
            assertThat(page.locator("#demandeur-paysNaissance").inputValue()).isEqualTo("Belgique");
            page.keyboard().type("5 rue Nationale");
            tabVers(page, "adresse-codePostal");
            page.keyboard().type("59100");
            tabVers(page, "adresse-commune");
            page.keyboard().type("Roubai");
            page.locator("#adresse-commune-suggestions [role=option]").first().waitFor();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(page.locator("#adresse-commune").getAttribute("aria-expanded")).isEqualTo("true");
            page.keyboard().press("ArrowDown");
            assertThat(page.locator("#adresse-commune").getAttribute("aria-activedescendant"))
                    .isEqualTo("adresse-commune-suggestions-0");
            page.keyboard().press("Enter");
            assertThat(page.locator("#adresse-commune").inputValue()).isEqualTo("Roubaix (59512)");
            assertThat(page.url()).as("Entrée sur une suggestion la choisit sans envoyer le formulaire")
                    .endsWith("/etapes/demandeur");
            PagesPro.verifierPage(session, "clavier-1-demandeur");
            // Enter in a text field goes to the next step
            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/co-demandeur$"));

            tabVers(page, "etape-suivante");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/menage$"));
            tabVers(page, "etape-suivante");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/logement-actuel$"));

            choisirAuClavier(page, "logementActuel-modele", "HLM");
            tabVers(page, "logementActuel-nombreOccupants");
            page.keyboard().type("1");
            tabVers(page, "motifs-11");
            page.keyboard().press("Space");
            tabVers(page, "etape-suivante");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/ressources$"));
            tabVers(page, "etape-suivante");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/logement-recherche$"));

            tabVers(page, "logementRecherche-typesLogement-T1");
            page.keyboard().press("Space");
            tabVers(page, "logementRecherche-nombrePersonnes");
            page.keyboard().type("1");
            tabVers(page, "logementRecherche-communesSouhaitees-0");
            page.keyboard().type("Tourc");
            page.locator("#logementRecherche-communesSouhaitees-0-suggestions [role=option]").first().waitFor();
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            // the count is announced to screen readers (the live region is filled just after the list)
            page.waitForFunction("() => document.getElementById('annonce-suggestions').textContent"
                    + ".includes('proposée')");
            assertThat(page.locator("#annonce-suggestions").textContent()).contains("flèche bas");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            assertThat(page.locator("#logementRecherche-communesSouhaitees-0").inputValue())
                    .isEqualTo("Tourcoing (59599)");
            tabVers(page, "logementRecherche-demandeElargie-true");
            page.keyboard().press("Space");
            PagesPro.verifierPage(session, "clavier-6-logement-recherche");
            tabVers(page, "etape-suivante");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/situation$"));
            tabVers(page, "etape-suivante");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/etapes/recapitulatif$"));

            PagesPro.verifierPage(session, "clavier-8-recapitulatif");
            tabVers(page, "enregistrer-demande");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/confirmation$"));
            assertThat(page.locator("#numero-unique").textContent().strip()).matches(NUMERO);
            PagesPro.verifierPage(session, "clavier-confirmation");
            assertThat(jdbc.sql("select contenu #>> '{demandeur,paysNaissance}' from demande where numero_unique = ?")
                    .param(page.locator("#numero-unique").textContent().strip()).query(String.class).single())
                    .isEqualTo("Belgique");
        }
    }

    @Test
    void une_personne_qui_a_deja_une_demande_active_est_refusee_et_le_numero_existant_est_nomme() throws Exception {
        String nom = nomAuHasard();
        String json = java.nio.file.Files.readString(java.nio.file.Path.of("docs/exemples/demande-nord.json"))
                .replace("\"Dupont\"", "\"" + nom + "\"");
        var contenu = jsonMapper.readValue(json, fr.sne.demande.domaine.ContenuDemande.class);
        String existant = enregistrer.executer(contenu, fr.sne.commun.acteur.Acteur.agent("agent-g5902", "G5902",
                "COMMUNE", "059"), java.util.UUID.randomUUID().toString()).demande().numeroUnique().valeur();

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5901");
            String brouillon = commencer(page);
            page.navigate(brouillon + "/etapes/demandeur");
            remplirDemandeur(page, nom, "Claire Hélène", "12/04/1988");
            suivant(page);
            page.navigate(brouillon + "/etapes/logement-actuel");
            page.locator("#logementActuel-modele").selectOption("LP");
            page.locator("#logementActuel-nombreOccupants").fill("1");
            cocher(page, "motifs-09");
            suivant(page);
            page.navigate(brouillon + "/etapes/logement-recherche");
            remplirLogementRecherche(page);
            suivant(page);
            page.navigate(brouillon + "/etapes/recapitulatif");

            assertThat(page.locator("#doublons").textContent()).contains(existant).contains(nom);
            assertThat(page.locator("#enregistrer-demande").count()).isZero();
            PagesPro.verifierPage(session, "doublon-recapitulatif");

            // the final POST sent anyway (a stale page, a hand-made form) is refused by the registration itself
            page.evaluate("""
                    () => { const f = document.getElementById('formulaire-etape');
                            const b = document.createElement('button');
                            b.name = 'action'; b.value = 'enregistrer'; f.appendChild(b); b.click(); }""");
            page.waitForLoadState();
            page.locator("#refus").waitFor();
            assertThat(page.locator("#refus").textContent()).contains(existant);
            assertThat(page.url()).endsWith("/etapes/recapitulatif");
            assertThat(jdbc.sql("select count(*) from demande_personne where nom_naissance = ? and role = 'DEMANDEUR'")
                    .param(nom).query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void apres_une_session_expiree_entre_deux_etapes_l_agent_retrouve_son_brouillon_apres_s_etre_reconnecte() {
        String nom = nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g6201");
            String brouillon = commencer(page);
            remplirDemandeur(page, nom, "Anne", "01/06/1990");
            page.locator("#adresse-codePostal").fill("62000");
            page.locator("#adresse-commune").fill("62041");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");
            page.locator("#coDemandeurs-0-nomNaissance").fill("Perdu");

            String cookie = session.contexte().cookies().stream().filter(c -> c.name.equals("SNE_SESSION"))
                    .findFirst().orElseThrow().value;
            String idSession = new String(Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(jdbc.sql("delete from spring_session where session_id = ?").param(idSession).update())
                    .isEqualTo(1);

            suivant(page);
            page.waitForURL(Pattern.compile(".*/login.*"));
            page.getByLabel("Identifiant").fill("agent-g6201");
            page.getByLabel("Mot de passe").fill("agent-g6201-mdp");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Se connecter")).click();
            page.waitForURL(Pattern.compile(".*/etapes/co-demandeur$"));

            assertThat(page.url()).isEqualTo("http://localhost:" + port + brouillon + "/etapes/co-demandeur");
            PagesPro.verifierPage(session, "session-expiree-retour");
            page.navigate(brouillon + "/etapes/demandeur");
            assertThat(page.locator("#demandeur-nomNaissance").inputValue()).isEqualTo(nom);
            assertThat(page.locator("#adresse-commune").inputValue()).isEqualTo("Arras (62041)");
            page.navigate("/pro/enregistrement");
            assertThat(page.locator("#brouillons").textContent()).contains(nom);
        }
    }

    @Test
    void un_texte_porteur_de_script_est_montre_echappe_et_ne_s_execute_jamais() {
        String script = "<script>alert('sne')</script>";
        String image = "\"><img src=x onerror=alert('sne')>";
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            List<String> dialogues = new ArrayList<>();
            page.onDialog(dialogue -> {
                dialogues.add(dialogue.message());
                dialogue.dismiss();
            });
            PagesPro.connecter(page, "agent-g5902");
            String brouillon = commencer(page);
            remplirDemandeur(page, nomAuHasard(), "Zoé", "01/01/2000");
            page.locator("#demandeur-nomUsage").fill(script);
            page.locator("#adresse-voie").fill(image);
            page.locator("#adresse-complement").fill(script.repeat(60));
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/demandeur");
            assertThat(page.locator("#demandeur-nomUsage").inputValue()).isEqualTo(script);
            assertThat(page.locator("#adresse-voie").inputValue()).isEqualTo(image);
            assertThat(page.locator("#demandeur-nomUsage-erreur").isVisible()).isTrue();
            assertThat(page.locator("#adresse-complement-erreur").textContent()).contains("200");
            PagesPro.verifierPage(session, "hostile-demandeur");

            page.navigate(brouillon + "/etapes/situation");
            page.locator("#precisions").fill(image + script);
            suivant(page);
            page.navigate(brouillon + "/etapes/situation");
            assertThat(page.locator("#precisions").inputValue()).isEqualTo(image + script);
            page.navigate(brouillon + "/etapes/recapitulatif");
            PagesPro.verifierPage(session, "hostile-recapitulatif");

            assertThat(page.locator("img[src='x']").count()).isZero();
            assertThat(dialogues).isEmpty();
            assertThat(session.violations()).isEmpty();

            // another agent's draft, another guichet's, or a role that registers nothing
            try (Navigateur.Session autre = Navigateur.nouvelleSession(port)) {
                PagesPro.connecter(autre.page(), "agent-g5901");
                Response reponse = autre.page().navigate(brouillon + "/etapes/demandeur");
                assertThat(reponse.status()).isEqualTo(404);
                assertThat(autre.page().locator("h1").textContent()).isEqualTo("Page introuvable");
            }
            try (Navigateur.Session gestionnaire = Navigateur.nouvelleSession(port)) {
                PagesPro.connecter(gestionnaire.page(), "gestionnaire-059");
                Response reponse = gestionnaire.page().navigate("/pro/enregistrement");
                assertThat(reponse.status()).isEqualTo(403);
                assertThat(gestionnaire.page().locator("#navigation").textContent())
                        .doesNotContain("Enregistrer une demande");
                PagesPro.verifierPage(gestionnaire, "enregistrement-refuse-gestionnaire");
            }
        }
    }

    @Test
    void sans_javascript_les_communes_se_saisissent_en_texte_et_la_demande_s_enregistre() {
        String nom = nomAuHasard();
        com.microsoft.playwright.BrowserContext contexte = Navigateur.navigateur().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
                        .setLocale("fr-FR").setJavaScriptEnabled(false));
        try (Navigateur.Session session = new Navigateur.Session(contexte)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            String brouillon = commencer(page);
            remplirDemandeur(page, nom, "Inès", "12/04/1988");
            page.locator("#adresse-commune").fill("lille");
            // without JavaScript the country is a plain select of the referential's countries
            assertThat(page.locator("#demandeur-paysNaissance").evaluate("e => e.tagName")).isEqualTo("SELECT");
            page.locator("#demandeur-paysNaissance").selectOption("Maroc");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/co-demandeur");
            page.navigate(brouillon + "/etapes/demandeur");
            assertThat(page.locator("#adresse-commune").inputValue()).as("le nom saisi, résolu par le serveur")
                    .isEqualTo("Lille (59350)");
            page.navigate(brouillon + "/etapes/logement-actuel");
            page.locator("#logementActuel-modele").selectOption("LP");
            page.locator("#logementActuel-nombreOccupants").fill("1");
            cocher(page, "motifs-09");
            suivant(page);
            page.navigate(brouillon + "/etapes/logement-recherche");
            cocher(page, "logementRecherche-typesLogement-T2");
            page.locator("#logementRecherche-communesSouhaitees-0").fill("Tourcoin");
            page.locator("#logementRecherche-nombrePersonnes").fill("1");
            cocher(page, "logementRecherche-demandeElargie-true");
            suivant(page);
            assertThat(page.locator("#logementRecherche-communesSouhaitees-0-erreur").textContent())
                    .contains("Aucune commune");
            page.locator("#logementRecherche-communesSouhaitees-0").fill("Tourcoing");
            page.locator("#logementRecherche-communesSouhaitees-1").fill("59009");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/situation");
            page.navigate(brouillon + "/etapes/recapitulatif");
            assertThat(page.locator("#recapitulatif").textContent()).contains("Tourcoing (59599)")
                    .contains("Villeneuve-d'Ascq (59009)");
            page.locator("#enregistrer-demande").click();
            page.waitForURL(Pattern.compile(".*/confirmation$"));
            assertThat(page.locator("#numero-unique").textContent().strip()).matches("059\\d{10}G5902");
            assertThat(jdbc.sql("select contenu #>> '{demandeur,paysNaissance}' from demande where numero_unique = ?")
                    .param(page.locator("#numero-unique").textContent().strip()).query(String.class).single())
                    .isEqualTo("Maroc");
        }
    }

    /** Starts a draft from the list; returns its path ("/pro/enregistrement/brouillons/{id}"). */
    static String commencer(Page page) {
        page.navigate("/pro/enregistrement");
        page.locator("#commencer").click();
        page.waitForURL(Pattern.compile(".*/etapes/demandeur$"));
        String chemin = java.net.URI.create(page.url()).getPath();
        return chemin.substring(0, chemin.indexOf("/etapes/"));
    }

    /** The demandeur's step of a woman living at Lille, valid but for what a test then changes. */
    static void remplirDemandeur(Page page, String nom, String prenoms, String dateNaissance) {
        page.locator("#demandeur-civilite").selectOption("2");
        page.locator("#demandeur-nomNaissance").fill(nom);
        page.locator("#demandeur-prenoms").fill(prenoms);
        page.locator("#demandeur-dateNaissance").fill(dateNaissance);
        page.locator("#demandeur-sexe").selectOption("F");
        page.locator("#demandeur-nationalite").selectOption("1");
        page.locator("#adresse-voie").fill("14 rue Gambetta");
        page.locator("#adresse-codePostal").fill("59000");
        page.locator("#adresse-commune").fill("59350");
    }

    private static void remplirLogementRecherche(Page page) {
        cocher(page, "logementRecherche-typesLogement-T2");
        page.locator("#logementRecherche-communesSouhaitees-0").fill("59350");
        page.locator("#logementRecherche-nombrePersonnes").fill("1");
        cocher(page, "logementRecherche-demandeElargie-true");
    }

    /** Presses Tab until the element of this id has the focus (never a click). */
    private static void tabVers(Page page, String id) {
        for (int i = 0; i < 250; i++) {
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("#" + id + " jamais atteint à la touche Tab");
    }

    /** Reaches a select with Tab, then moves through its options with the arrow key. */
    private static void choisirAuClavier(Page page, String id, String valeur) {
        tabVers(page, id);
        for (int i = 0; i < 40; i++) {
            if (valeur.equals(page.locator("#" + id).inputValue())) {
                return;
            }
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("option " + valeur + " de #" + id + " jamais atteinte aux flèches");
    }

    /** A DSFR checkbox or radio button is ticked through its label, as a person does. */
    private static void cocher(Page page, String id) {
        page.locator("label[for='" + id + "']").click();
    }

    private static void suivant(Page page) {
        page.locator("#etape-suivante").click();
        page.waitForLoadState();
    }
}
