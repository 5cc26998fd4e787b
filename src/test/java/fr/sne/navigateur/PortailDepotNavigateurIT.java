package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.DemandeExemple;
import fr.sne.portail.application.Rattachements;

/**
 * The applicant's own acts in a real browser (issue 18 §2, ADR 0028): filing from the documents announced to the
 * attestation with the keyboard only (a household: someone who signs the lease, persons in care in places with a hole
 * between them, a birth, a handicap), then "Je donne mon avis"; renewing in the window with what changed shown;
 * renouncing after confirming. Every page is checked by axe-core (no serious or critical violation), has one h1, a
 * title, the skip link, no CSP refusal, and is captured at desktop and mobile width.
 */
@TestIntegration
class PortailDepotNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Rattachements rattachements;

    /** A demo applicant of this journey only, at the embedded provider; @return his login (password: login-mdp) */
    private String demandeur() {
        String identifiant = "demandeur-nav-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into compte_demandeur_demo (identifiant, mot_de_passe_hash, prenoms, nom, date_naissance,
                                                   courriel, actif)
                values (?, ?, 'Samia', 'Haddad', date '1991-06-21', 'samia.haddad@exemple.fr', true)""")
                .params(identifiant, new BCryptPasswordEncoder(4).encode(identifiant + "-mdp")).update();
        return identifiant;
    }

    private static void connecter(Page page, String identifiant) {
        page.navigate("/portail/demandes");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.getByLabel("Identifiant").fill(identifiant);
        page.getByLabel("Mot de passe").fill(identifiant + "-mdp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        page.waitForURL(Pattern.compile(".*/portail/demandes$"));
    }

    private static void verifier(Navigateur.Session session, String nom) {
        PagesPro.verifierPage(session, "portail-depot-" + nom);
    }

    // --- the keyboard ----------------------------------------------------------------------------------------

    private static String focalise(Page page) {
        Object id = page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
        return id == null ? "" : id.toString();
    }

    /** Tab from where the focus is until it reaches this element (at most 120 presses). */
    private static void tabuler(Page page, String id) {
        for (int i = 0; i < 120; i++) {
            if (focalise(page).equals(id)) {
                return;
            }
            page.keyboard().press("Tab");
        }
        throw new AssertionError("le clavier n'atteint pas #" + id + " sur " + page.url());
    }

    private static void taper(Page page, String id, String texte) {
        tabuler(page, id);
        page.keyboard().press("Control+A");
        page.keyboard().type(texte);
    }

    /** A radio button: Tab reaches its group, the arrows move to it (and check it), Space confirms. */
    private static void cocherRadio(Page page, String groupe, String valeur) {
        for (int i = 0; i < 120 && !focalise(page).startsWith(groupe + "-"); i++) {
            page.keyboard().press("Tab");
        }
        for (int i = 0; i < 30 && !focalise(page).equals(groupe + "-" + valeur); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(focalise(page)).isEqualTo(groupe + "-" + valeur);
        page.keyboard().press("Space");
    }

    /** A select: Tab reaches it, ArrowDown walks its options until the value is chosen. */
    private static void choisir(Page page, String id, String valeur) {
        tabuler(page, id);
        for (int i = 0; i < 300 && !valeur.equals(page.locator("#" + id).inputValue()); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(page.locator("#" + id).inputValue()).isEqualTo(valeur);
    }

    /**
     * A date field: Tab reaches its first part, the digits fill its parts in the order the browser shows them
     * (month first in the headless browser whatever the page's language; day first otherwise: Shift+Tab back to
     * the first part and the other order).
     */
    private static void taperDate(Page page, String id, java.time.LocalDate date) {
        tabuler(page, id);
        String jour = "%02d".formatted(date.getDayOfMonth());
        String mois = "%02d".formatted(date.getMonthValue());
        page.keyboard().type(mois + jour + date.getYear());
        if (!page.locator("#" + id).inputValue().equals(date.toString())) {
            page.keyboard().press("Shift+Tab");
            page.keyboard().press("Shift+Tab");
            page.keyboard().type(jour + mois + date.getYear());
        }
        assertThat(page.locator("#" + id).inputValue()).isEqualTo(date.toString());
    }

    private static void cocher(Page page, String id) {
        tabuler(page, id);
        page.keyboard().press("Space");
    }

    /** Enter on the page's first button (Continuer) submits the page's form. */
    private static void continuer(Page page, String pageSuivante) {
        tabuler(page, "continuer");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/portail/deposer/" + pageSuivante + "$"));
    }

    @Test
    void un_demandeur_depose_au_clavier_seul_jusqu_a_l_attestation_puis_donne_son_avis() throws Exception {
        String nom = DemandeExemple.nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            connecter(page, demandeur());
            page.navigate("/portail/deposer");
            verifier(session, "avant");
            tabuler(page, "commencer");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/portail/deposer/vous$"));
            verifier(session, "1-vous");
            assertThat(page.locator("#demandeur-prenoms").inputValue()).isEqualTo("Samia");

            // the birth date comes from the provider; the nationality forgotten: its sentence in the summary
            assertThat(page.locator("#demandeur-dateNaissance").inputValue()).isEqualTo("1991-06-21");
            taper(page, "demandeur-nomNaissance", nom);
            cocherRadio(page, "demandeur-sexe", "F");
            tabuler(page, "continuer");
            page.keyboard().press("Enter");
            page.waitForLoadState();
            assertThat(page.locator("#resume-erreurs").innerText())
                    .contains("Répondez à la question « Votre nationalité »");
            verifier(session, "1-vous-erreur");
            cocherRadio(page, "demandeur-nationalite", "3");
            choisir(page, "demandeur-paysNaissance", "Algérie");
            continuer(page, "adresse");
            verifier(session, "2-adresse");

            taper(page, "adresse-voie", "4 rue Solférino");
            taper(page, "adresse-codePostal", "59000");
            taper(page, "adresse-commune", "Lille");
            continuer(page, "contact");
            verifier(session, "3-contact");
            assertThat(page.locator("#contact-email").inputValue()).isEqualTo("samia.haddad@exemple.fr");
            taper(page, "contact-telephone", "06 11 22 33 44");
            cocherRadio(page, "contact-consentementEmail", "true");
            cocherRadio(page, "contact-consentementSms", "false");
            continuer(page, "foyer");
            verifier(session, "4-foyer");

            // the household: someone signs the lease, so his page comes next
            choisir(page, "demandeur-situationFamiliale", "M");
            cocherRadio(page, "portail-coDemandeur", "true");
            continuer(page, "co-demandeur");
            verifier(session, "5-co-demandeur");
            assertThat(page.locator(".fr-stepper__state").innerText()).isEqualTo("Étape 5 sur 10");
            taper(page, "coDemandeurs-0-prenoms", "Yanis");
            taper(page, "coDemandeurs-0-nomNaissance", nom);
            taperDate(page, "coDemandeurs-0-dateNaissance", java.time.LocalDate.of(1989, 3, 15));
            cocherRadio(page, "coDemandeurs-0-sexe", "M");
            cocherRadio(page, "coDemandeurs-0-nationalite", "1");
            cocherRadio(page, "coDemandeurs-0-lienDemandeur", "M");
            choisir(page, "coDemandeurs-0-situationProfessionnelle-typeContrat", "CDI");
            choisir(page, "coDemandeurs-0-ressourcesMensuelles-0-type", "SAL");
            taper(page, "coDemandeurs-0-ressourcesMensuelles-0-montant", "1500");
            continuer(page, "personnes");
            verifier(session, "6-personnes");

            // the first place and the third (the second left empty), a birth expected, a handicap
            taper(page, "personnesACharge-0-prenoms", "Lina");
            taper(page, "personnesACharge-0-nom", nom);
            taperDate(page, "personnesACharge-0-dateNaissance", java.time.LocalDate.of(2016, 9, 2));
            cocherRadio(page, "personnesACharge-0-sexe", "F");
            cocherRadio(page, "personnesACharge-0-lienParente", "E");
            taper(page, "personnesACharge-2-prenoms", "Adam");
            taper(page, "personnesACharge-2-nom", nom);
            taperDate(page, "personnesACharge-2-dateNaissance", java.time.LocalDate.of(2020, 11, 14));
            cocherRadio(page, "personnesACharge-2-lienParente", "E");
            taper(page, "personnesANaitre-nombre", "1");
            taper(page, "handicap-nombrePersonnes", "1");
            cocherRadio(page, "handicap-logementAdapteNecessaire", "true");
            continuer(page, "revenus");
            verifier(session, "7-revenus");
            choisir(page, "demandeur-situationProfessionnelle-typeContrat", "CDD");
            choisir(page, "demandeur-ressourcesMensuelles-0-type", "SAL");
            taper(page, "demandeur-ressourcesMensuelles-0-montant", "1280,40");
            taper(page, "demandeur-revenuFiscal-montantN1", "13900");
            continuer(page, "logement");
            verifier(session, "8-logement");

            choisir(page, "logementActuel-modele", "CPE");
            taper(page, "logementActuel-nombreOccupants", "4");
            choisir(page, "motifs-0", "12");
            continuer(page, "souhait");
            verifier(session, "9-souhait");

            cocher(page, "logementRecherche-typesLogement-T2");
            cocherRadio(page, "logementRecherche-categorie", "A");
            taper(page, "logementRecherche-communesSouhaitees-0", "Lille");
            taper(page, "logementRecherche-communesSouhaitees-1", "Tourcoing");
            cocherRadio(page, "logementRecherche-demandeElargie", "true");
            continuer(page, "verification");
            verifier(session, "10-verification");
            assertThat(page.locator("#contenu").innerText()).contains("Algérie").contains("Tourcoing")
                    .contains("Yanis").contains("Personne 3 : Prénoms").doesNotContain("Personne 2 : Prénoms");

            tabuler(page, "envoyer");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/portail/demandes/\\d{13}GPORT/deposee.*"));
            verifier(session, "11-attestation");
            Matcher numero = Pattern.compile("(\\d{13}GPORT)").matcher(page.url());
            assertThat(numero.find()).isTrue();
            assertThat(page.locator("#courriel-envoye").isVisible()).isTrue();

            // the attestation, downloaded as the link would
            APIResponse pdf = page.request().get(page.locator("#telecharger-attestation").getAttribute("href"));
            assertThat(pdf.status()).isEqualTo(200);
            assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");

            // the observatory's button: its link with this service's identifier, its image served here
            String avis = page.locator("#je-donne-mon-avis a").getAttribute("href");
            assertThat(avis).startsWith("https://voxusagers.numerique.gouv.fr/Demarches/");
            assertThat(page.locator("#je-donne-mon-avis img").evaluate("i => i.naturalWidth > 0")).isEqualTo(true);

            assertThat(jdbc.sql("select guichet_enregistreur from demande where numero_unique = ?")
                    .param(numero.group(1)).query(String.class).single()).isEqualTo("GPORT");
            // the household registered: the applicant, Yanis, Lina, Adam and the birth
            assertThat(jdbc.sql("""
                    select (contenu #>> '{coDemandeurs,0,prenoms}') || ' ' || (contenu #>> '{personnesACharge,1,prenoms}')
                           || ' ' || (contenu #>> '{logementRecherche,nombrePersonnes}')
                      from demande where numero_unique = ?""").param(numero.group(1)).query(String.class).single())
                    .isEqualTo("Yanis Adam 5");
        }
    }

    @Test
    void un_demandeur_renouvelle_dans_la_fenetre_en_voyant_ce_qui_change_puis_renonce_apres_confirmation() {
        String identifiant = demandeur();
        ClientApi api = new ClientApi(port);
        // a couple: the co-demandeur's civil status is shown on the renewal, not asked
        DemandeExemple couple = DemandeExemple.nord();
        couple.avecCoDemandeur(DemandeExemple.personne(couple.nom(), "Bruno", java.time.LocalDate.of(1985, 7, 30),
                "M", "1"));
        ClientApi.Reponse r = api.post("G5901", "/v1.0/demandes", couple.json(), UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        String numero = r.json().get("numeroUnique").asString();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            connecter(page, identifiant);
            java.util.UUID compte = jdbc.sql("select id from compte_demandeur where sujet = ?").param(identifiant)
                    .query(java.util.UUID.class).single();
            rattachements.rattacher(compte, numero);
            // two months before its end, as time would have it
            jdbc.sql("update demande set date_fin_validite = current_date + 60 where numero_unique = ?")
                    .param(numero).update();

            page.navigate("/portail/demandes/" + numero);
            verifier(session, "demande");
            page.locator("#renouveler").click();
            page.waitForURL(Pattern.compile(".*/renouveler$"));
            verifier(session, "renouveler");
            assertThat(page.locator("#contenu").innerText()).contains("30/07/1985").contains("Bruno");
            assertThat(page.locator("[name='coDemandeurs[0].dateNaissance']").count()).isZero();
            assertThat(page.locator("[name='coDemandeurs[0].nationalite']").count()).isPositive();
            page.locator("#adresse-voie").fill("9 avenue du Peuple Belge");
            page.locator("#demandeur-ressourcesMensuelles-0-montant").fill("1420");
            page.locator("#valider").click();
            page.waitForLoadState();
            assertThat(page.locator("#changements").innerText()).contains("9 avenue du Peuple Belge")
                    .contains("1420");
            verifier(session, "renouveler-verification");
            page.locator("#confirmer-renouvellement").click();
            page.waitForURL(Pattern.compile(".*/renouvelee.*"));
            verifier(session, "renouvelee");
            assertThat(page.locator("#je-donne-mon-avis a").count()).isEqualTo(1);

            page.navigate("/portail/demandes/" + numero);
            page.locator("#renoncer").click();
            page.waitForURL(Pattern.compile(".*/renoncer$"));
            verifier(session, "renoncer");
            // sent without the box: a sentence, the demande unchanged
            page.locator("#confirmer-renonciation").click();
            page.waitForLoadState();
            assertThat(page.locator("#resume-erreurs").innerText()).contains("Cochez la case");
            verifier(session, "renoncer-erreur");
            assertThat(jdbc.sql("select statut from demande where numero_unique = ?").param(numero)
                    .query(String.class).single()).isEqualTo("ACTIVE");
            page.locator("label[for='confirmation']").click();
            page.locator("#confirmer-renonciation").click();
            page.waitForURL(Pattern.compile(".*/portail/demandes/" + numero + "$"));
            assertThat(page.locator("#message-demarche").innerText()).contains("Vous avez renoncé");
            verifier(session, "renoncee");
            assertThat(jdbc.sql("select statut || ' ' || motif_radiation from demande where numero_unique = ?")
                    .param(numero).query(String.class).single()).isEqualTo("RADIEE b");
        }
    }

    @Test
    void la_premiere_page_du_depot_en_arabe_s_ecrit_de_droite_a_gauche() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            connecter(page, demandeur());
            page.navigate("/portail/deposer?lang=ar");
            page.locator("#commencer").click();
            page.waitForURL(Pattern.compile(".*/portail/deposer/vous$"));
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("h1").innerText()).isEqualTo("تقديم طلب سكن اجتماعي");
            verifier(session, "ar-1-vous");
        }
    }
}
