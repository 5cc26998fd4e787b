package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.sne.ClientApi;
import fr.sne.TestIntegration;
import fr.sne.demande.CodesPersonnels;
import fr.sne.demande.DemandeExemple;

/**
 * The portal's foundation in a real browser (issue 18, ADR 0027): an applicant signs in (a demo applicant at the
 * embedded provider, as with FranceConnect), attaches a demande registered at a desk with its numéro and the
 * personal code printed on its attestation (a wrong code first), sees it, then reads the portal in English and in
 * Arabic, written right to left. Every page: axe-core, one h1, a skip link, no CSP refusal, screenshots at desktop
 * and mobile width.
 */
@TestIntegration
class PortailSocleNavigateurIT {

    @LocalServerPort
    int port;

    @Autowired
    CodesPersonnels codes;

    @Test
    void un_demandeur_se_connecte_relie_sa_demande_de_guichet_et_lit_le_portail_en_trois_langues() {
        ClientApi api = new ClientApi(port);
        ClientApi.Reponse enregistree = api.post("G5901", "/v1.0/demandes", DemandeExemple.nord().json(),
                UUID.randomUUID().toString());
        assertThat(enregistree.statut()).as(enregistree.texte()).isEqualTo(201);
        String numero = enregistree.json().get("numeroUnique").asString();
        String code = codes.codeActuel(numero).orElseThrow();

        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.navigate("/portail");
            assertThat(page.locator("h1").textContent()).isEqualTo("Votre demande de logement social");
            PagesPro.verifierPage(session, "portail-accueil");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter avec FranceConnect"))
                    .click();
            page.waitForURL(Pattern.compile(".*/login.*"));
            page.getByLabel("Identifiant").fill("demandeur-1");
            page.getByLabel("Mot de passe").fill("demandeur-1-mdp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            page.waitForURL(Pattern.compile(".*/portail/demandes"));
            assertThat(page.locator("#demandeur-connecte").textContent()).contains("Louise Marie Martin");
            PagesPro.verifierPage(session, "portail-demandes");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Relier une demande faite à un guichet"))
                    .click();
            page.waitForURL(Pattern.compile(".*/portail/rattacher"));
            PagesPro.verifierPage(session, "portail-rattacher");

            // a wrong code: a plain sentence, nothing attached
            page.getByLabel("Numéro unique").fill(numero);
            page.getByLabel("Code personnel").fill("ABCDE-FGHJK");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relier cette demande")).click();
            assertThat(page.locator("#erreur-rattachement").textContent()).contains("n'est pas bon");
            assertThat(page.title()).startsWith("Erreur");
            PagesPro.verifierPage(session, "portail-rattacher-erreur");

            // the code of the attestation
            page.getByLabel("Code personnel").fill(code);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Relier cette demande")).click();
            page.waitForURL(Pattern.compile(".*/portail/demandes/" + numero));
            assertThat(page.locator("#demande-rattachee").textContent()).contains("reliée à votre compte");
            assertThat(page.locator("h1").textContent()).isEqualTo("Demande n° " + numero);
            PagesPro.verifierPage(session, "portail-demande");

            page.navigate("/portail/demandes");
            assertThat(page.locator("main").count()).as("one main").isEqualTo(1);
            assertThat(page.locator("main").textContent()).contains(numero);

            // English, kept from page to page
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
            assertThat(page.locator("h1").textContent()).isEqualTo("My applications");
            PagesPro.verifierPage(session, "portail-demandes-en");
            page.navigate("/portail/demandes/" + numero);
            assertThat(page.locator("h1").textContent()).isEqualTo("Application no. " + numero);

            // Arabic: the same page, written right to left
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("العربية")).click();
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("ar");
            assertThat(page.locator("h1").textContent()).isEqualTo("الطلب رقم " + numero);
            PagesPro.verifierPage(session, "portail-demande-ar");

            page.navigate("/portail/code-oublie?lang=fr");
            assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
            PagesPro.verifierPage(session, "portail-code-oublie");
        }
    }
}
