package fr.sne.navigateur;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import fr.sne.LimitesBasses;

/**
 * Anonymous visits cost the application no session: the public pages and the redirect to the sign-in write no
 * row of {@code spring_session}; the sign-in keeps only what it needs (no request headers), for a short time, until
 * the agent is signed in; and a flood of anonymous requests from one address is answered 429.
 */
@LimitesBasses
class SessionsAnonymesNavigateurIT {

    /** A padded header: what a careless or hostile client adds to every request. */
    private static final String REMPLISSAGE = "remplissage-" + "x".repeat(6_000);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void les_pages_publiques_et_la_redirection_vers_la_connexion_n_ecrivent_aucune_session() {
        long debut = System.currentTimeMillis();
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.navigate("/pro/au-revoir");
            assertThat(page.locator("h1").textContent()).isEqualTo("Vous êtes déconnecté");
            PagesPro.verifierPage(session, "au-revoir");
            page.navigate("/pro/connexion-refusee?motif=compte_inactif");
            PagesPro.verifierPage(session, "connexion-refusee-anonyme");

            RequestOptions sansSuivre = RequestOptions.create().setMaxRedirects(0).setHeader("X-Remplissage", REMPLISSAGE);
            List<APIResponse> redirections = new ArrayList<>();
            for (String chemin : List.of("/", "/pro", "/pro/", "/pro/demandes?nom=Dupont",
                    "/pro/administration/journal-acces")) {
                redirections.add(page.request().get(chemin, sansSuivre));
            }
            // a form posted without a session (as after its expiry) is sent to the sign-in too
            APIResponse formulaire = page.request().post(FormulaireTestController.CHEMIN, sansSuivre);

            assertThat(redirections).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(302);
                assertThat(r.headers().getOrDefault("set-cookie", "")).doesNotContain("SNE_SESSION");
            });
            assertThat(redirections.getLast().headers().get("location")).endsWith("/oauth2/authorization/sne");
            assertThat(formulaire.status()).isEqualTo(302);
            assertThat(formulaire.headers().get("location")).endsWith("/oauth2/authorization/sne");
            assertThat(session.contexte().cookies()).noneMatch(c -> c.name.equals("SNE_SESSION"));
        }
        assertThat(jdbc.sql("select count(*) from spring_session where creation_time >= :debut")
                .param("debut", debut).query(Integer.class).single()).as("sessions écrites").isZero();
    }

    @Test
    void la_connexion_garde_peu_et_peu_de_temps_puis_ramene_a_la_page_demandee() {
        try (Navigateur.Session session = Navigateur.nouvelleSession(port)) {
            Page page = session.page();
            page.setExtraHTTPHeaders(Map.of("X-Remplissage", REMPLISSAGE));
            page.navigate("/pro/demandes?nom=Dupont");
            page.waitForURL(Pattern.compile(".*/login.*"));

            String id = idSession(session);
            Map<String, Object> avant = jdbc.sql("""
                    select s.max_inactive_interval,
                           (select coalesce(sum(length(a.attribute_bytes)), 0) from spring_session_attributes a
                             where a.session_primary_id = s.primary_id) as octets,
                           (select count(*) from spring_session_attributes a where a.session_primary_id = s.primary_id
                               and position(convert_to('remplissage-', 'UTF8') in a.attribute_bytes) > 0) as remplies
                      from spring_session s where s.session_id = :id
                    """).param("id", id).query().singleRow();
            assertThat(((Number) avant.get("max_inactive_interval")).intValue()).as("durée avant connexion")
                    .isLessThanOrEqualTo(600);
            assertThat(((Number) avant.get("remplies")).intValue()).as("en-têtes gardés").isZero();
            assertThat(((Number) avant.get("octets")).intValue()).as("taille de la session").isLessThan(4_096);

            page.getByLabel("Identifiant").fill("agent-g5901");
            page.getByLabel("Mot de passe").fill("agent-g5901-mdp");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

            page.waitForURL(Pattern.compile(".*/pro/demandes\\?nom=Dupont$"));
            assertThat(jdbc.sql("select max_inactive_interval from spring_session where session_id = :id")
                    .param("id", idSession(session)).query(Integer.class).single()).as("durée une fois connecté")
                    .isEqualTo(1800);
        }
    }

    @Test
    void une_rafale_de_requetes_anonymes_d_une_meme_adresse_recoit_429() throws Exception {
        long debut = System.currentTimeMillis();
        HttpClient http = HttpClient.newBuilder().localAddress(LimitesBasses.Sources.nouvelle()).build();
        List<HttpResponse<String>> reponses = new ArrayList<>();
        for (int i = 0; i < LimitesBasses.REQUETES_ANONYMES + 3; i++) {
            reponses.add(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/pro/demandes"))
                    .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> fichier = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/ressources/pro/pro.js")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(reponses.subList(0, LimitesBasses.REQUETES_ANONYMES)).allSatisfy(r -> assertThat(r.statusCode())
                .isEqualTo(302));
        assertThat(reponses.subList(LimitesBasses.REQUETES_ANONYMES, reponses.size())).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3600L);
            assertThat(r.body()).contains("Trop de requêtes");
        });
        assertThat(fichier.statusCode()).as("les fichiers statiques ne comptent pas").isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from spring_session where creation_time >= :debut")
                .param("debut", debut).query(Integer.class).single()).isZero();
    }

    private static String idSession(Navigateur.Session session) {
        String cookie = session.contexte().cookies().stream().filter(c -> c.name.equals("SNE_SESSION")).findFirst()
                .orElseThrow().value;
        return new String(java.util.Base64.getDecoder().decode(cookie), java.nio.charset.StandardCharsets.UTF_8);
    }
}
