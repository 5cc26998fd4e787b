package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

import fr.sne.TestIntegration;

/**
 * Bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE, U+2067 RIGHT-TO-LEFT ISOLATE…) make a screen or a printed
 * letter show a text in another order than it was typed: the web forms refuse them in an address line and in a free
 * text as the API does, at the field, and nothing is registered.
 */
@TestIntegration
class ControleBidirectionnelNavigateurIT {

    private static final String RLO = "\u202E";
    private static final String RLI = "\u2067";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_brouillon_refuse_le_controle_bidirectionnel_a_l_adresse_et_dans_les_precisions() {
        String nom = EnregistrementNavigateurIT.nomAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            String brouillon = EnregistrementNavigateurIT.commencer(page);
            EnregistrementNavigateurIT.remplirDemandeur(page, nom, "Claire", "12/04/1988");
            page.locator("#adresse-voie").fill("14 rue " + RLO + "attebmaG");
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/demandeur");
            assertThat(page.locator("#adresse-voie-erreur").textContent()).contains("caractère");
            PagesPro.verifierPage(session, "bidi-demandeur");
            page.locator("#adresse-voie").fill("14 rue Gambetta");
            suivant(page);
            assertThat(page.url()).doesNotEndWith("/etapes/demandeur");

            page.navigate(brouillon + "/etapes/situation");
            page.locator("#precisions").fill("Rez-de-chaussée " + RLI + "ecnatropmi" + "\u2069");
            suivant(page);
            assertThat(page.url()).endsWith("/etapes/situation");
            assertThat(page.locator("#precisions-erreur").textContent()).contains("caractère");

            // the last step checks every rule again: no button to register while the text is there, and the
            // registration posted all the same is refused
            page.navigate(brouillon + "/etapes/recapitulatif");
            assertThat(page.locator("#enregistrer-demande").count()).isZero();
            String csrf = page.locator("input[name=_csrf]").first().getAttribute("value");
            APIResponse force = page.request().post(brouillon + "/etapes/recapitulatif", RequestOptions.create()
                    .setForm(FormData.create().set("_csrf", csrf).set("action", "enregistrer")));
            assertThat(force.url()).doesNotEndWith("/confirmation");
            assertThat(force.text()).contains("caractère");
            assertThat(jdbc.sql("select count(*) from demande_personne where nom_naissance = ?").param(nom)
                    .query(Integer.class).single()).isZero();
        }
    }

    /**
     * PostgreSQL refuses U+0000 in a {@code jsonb} document: a draft holding what was typed must never receive it,
     * or saving the step would fail. The NUL is refused at its field like any control character, and the draft
     * stays readable.
     */
    @Test
    void un_caractere_nul_est_refuse_au_champ_et_le_brouillon_reste_lisible() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "agent-g5902");
            String chemin = EnregistrementNavigateurIT.commencer(page) + "/etapes/demandeur";

            page.locator("#demandeur-nomNaissance").fill(EnregistrementNavigateurIT.nomAuHasard());
            page.locator("#adresse-voie").evaluate("champ => champ.value = '14 rue\\u0000Gambetta'");
            page.locator("#demandeur-prenoms").evaluate("champ => champ.value = 'Cla\\u0000ire'");
            APIResponse enregistrement = page.request().post(chemin, RequestOptions.create().setForm(FormData.create()
                    .set("_csrf", page.locator("input[name=_csrf]").first().getAttribute("value"))
                    .set("adresse.voie", "14 rue\u0000Gambetta")));
            assertThat(enregistrement.status()).isLessThan(500);
            suivant(page);

            assertThat(page.url()).endsWith("/etapes/demandeur");
            assertThat(page.locator("#adresse-voie-erreur").textContent()).contains("caractère");
            page.navigate("/pro/enregistrement");
            assertThat(page.locator("h1").textContent()).isNotBlank();
            page.navigate(chemin);
            assertThat(page.url()).endsWith("/etapes/demandeur");
        }
    }

    @Test
    void le_formulaire_d_un_guichet_refuse_le_controle_bidirectionnel_dans_son_adresse() {
        String code = AdministrationGuichetsNavigateurIT.codeAuHasard();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            PagesPro.connecter(page, "gestionnaire-059");
            page.navigate("/pro/administration/guichets/nouveau");
            page.locator("#code").fill(code);
            page.locator("#nom").fill("Maison de l'habitat " + code);
            page.locator("#type").selectOption("COMMUNE");
            page.locator("#adresseLigne1").fill("1 place " + RLO + "dnarG");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le guichet")).click();
            page.waitForURL(Pattern.compile(".*/pro/administration/guichets$"));

            assertThat(page.locator("#adresseLigne1-erreur").textContent()).contains("caractère");
            assertThat(jdbc.sql("select count(*) from guichet where code = ?").param(code).query(Integer.class)
                    .single()).isZero();
        }
    }

    private static void suivant(Page page) {
        page.locator("#etape-suivante").click();
        page.waitForLoadState();
    }
}
