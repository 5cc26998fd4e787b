package fr.sne.navigateur;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The real browser of the web tests: Debian's chromium (never one Playwright downloads), started once per test
 * JVM and shared. When it cannot start, the tests fail with the reason: browser tests are never skipped
 * ({@code tools/navigateur/chromium.sh} installs it before the integration tests).
 */
public final class Navigateur {

    /** Where the tests save their screenshots: {@code target/captures}. */
    public static final Path CAPTURES = Path.of("target", "captures");

    private static final String AXE = "node_modules/axe-core/axe.min.js";

    private static Playwright playwright;
    private static Browser navigateur;

    private Navigateur() {
    }

    /** @return the shared browser, started at the first call */
    public static synchronized Browser navigateur() {
        if (navigateur == null) {
            String executable = System.getenv().getOrDefault("SNE_CHROMIUM", "/usr/bin/chromium");
            if (!Files.isExecutable(Path.of(executable))) {
                throw new IllegalStateException("Le navigateur des tests est absent : " + executable
                        + " (tools/navigateur/chromium.sh l'installe)");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            navigateur = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                navigateur.close();
                playwright.close();
            }));
        }
        return navigateur;
    }

    /**
     * A fresh browser context (cookies of its own: a new person at a new desk), French, desktop-sized, whose
     * pages record every message the browser logs about a refused resource (Content-Security-Policy).
     */
    public static Session nouvelleSession(int port) {
        BrowserContext contexte = navigateur().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("fr-FR")
                .setViewportSize(1280, 900));
        contexte.setDefaultTimeout(15_000);
        return new Session(contexte);
    }

    /** A browser context with its page and the console messages that reveal a violation. */
    public static final class Session implements AutoCloseable {

        private final BrowserContext contexte;
        private final Page page;
        private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

        Session(BrowserContext contexte) {
            this.contexte = contexte;
            this.page = contexte.newPage();
            page.onConsoleMessage(message -> {
                String texte = message.text();
                if (texte.contains("Content Security Policy") || texte.contains("Refused to")) {
                    violations.add(texte);
                }
            });
            page.onPageError(erreur -> violations.add("erreur JavaScript : " + erreur));
        }

        public Page page() {
            return page;
        }

        public BrowserContext contexte() {
            return contexte;
        }

        /** @return the CSP refusals and script errors seen so far */
        public List<String> violations() {
            return List.copyOf(violations);
        }

        @Override
        public void close() {
            contexte.close();
        }
    }

    /**
     * Runs axe-core (from npm, evaluated through the DevTools protocol, which the page's CSP does not block) on
     * the page as it is, against WCAG 2.1 A and AA.
     *
     * @return the serious and critical violations, one line each (rule, impact, first targets)
     */
    @SuppressWarnings("unchecked")
    public static List<String> violationsAccessibilite(Page page) {
        try {
            page.evaluate(Files.readString(Path.of(AXE), StandardCharsets.UTF_8) + "\n;undefined");
        } catch (IOException e) {
            throw new IllegalStateException("axe-core absent (npm ci) : " + AXE, e);
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const resultat = await axe.run(document, {
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
                  });
                  return resultat.violations.map(v => ({
                    id: v.id, impact: v.impact, aide: v.help,
                    cibles: v.nodes.slice(0, 3).map(n => n.target.join(' '))
                  }));
                }
                """);
        List<String> graves = new ArrayList<>();
        for (Map<String, Object> violation : violations) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                graves.add(violation.get("id") + " (" + impact + ") " + violation.get("aide") + " : "
                        + violation.get("cibles"));
            }
        }
        return graves;
    }

    /** Saves a full-page screenshot at desktop width and at mobile width under {@link #CAPTURES}. */
    public static void capturer(Page page, String nom) {
        var taille = page.viewportSize();
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(CAPTURES.resolve(nom + "-bureau.png")));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(CAPTURES.resolve(nom + "-mobile.png")));
        page.setViewportSize(taille.width, taille.height);
    }
}
