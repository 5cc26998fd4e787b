package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What every browser journey of the professional application does: sign in, and check each page it visits. */
public final class PagesPro {

    private PagesPro() {
    }

    /**
     * Signs in through the OpenID Connect flow, as a person would: the application sends the browser to the
     * embedded provider's page, which sends it back signed in.
     */
    public static void connecter(Page page, String identifiant, String motDePasse) {
        page.navigate("/pro/");
        page.waitForURL(Pattern.compile(".*/login.*"));
        page.getByLabel("Identifiant").fill(identifiant);
        page.getByLabel("Mot de passe").fill(motDePasse);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        try {
            page.waitForURL(Pattern.compile(".*/pro/.*"));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("connexion de " + identifiant + " inaboutie, page " + page.url() + " : "
                    + page.locator("body").innerText(), e);
        }
    }

    /** The demo accounts' password is their login followed by "-mdp" (README). */
    public static void connecter(Page page, String identifiant) {
        connecter(page, identifiant, identifiant + "-mdp");
    }

    /**
     * The checks of every page a journey visits: no serious or critical axe-core violation (WCAG 2.1 AA), one
     * {@code h1}, a title, a skip link to the content, no refused resource nor script error; then its screenshots
     * at desktop and mobile width.
     */
    public static void verifierPage(Navigateur.Session session, String nom) {
        Page page = session.page();
        page.waitForLoadState();
        assertThat(Navigateur.violationsAccessibilite(page)).as("axe-core sur " + nom + " (" + page.url() + ")")
                .isEmpty();
        assertThat(page.locator("h1").count()).as("un seul h1 sur " + nom).isEqualTo(1);
        assertThat(page.title()).as("titre de " + nom).isNotBlank().contains("SNE");
        assertThat(page.locator(".fr-skiplinks a[href='#contenu']").count()).as("lien d'évitement sur " + nom)
                .isEqualTo(1);
        assertThat(session.violations()).as("CSP et erreurs JavaScript sur " + nom).isEmpty();
        Navigateur.capturer(page, nom);
    }
}
