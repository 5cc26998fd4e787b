package fr.sne.identite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fr.sne.TestIntegration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded identity provider (Spring Authorization Server): discovery, OpenID Connect sign-in of the agents
 * with the authorization code flow and PKCE, rotation of an API client's secret, revocation of an API client.
 */
@TestIntegration
class FournisseurIdentiteIT {


    @LocalServerPort
    int port;

    /** The web application's redirect URI: the issuer's own address (the random port of the test). */
    private String redirection() {
        return "http://localhost:" + port + "/login/oauth2/code/sne";
    }

    @Autowired
    JsonMapper json;

    @Autowired
    JwtDecoder decodeur;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encodeur;

    @Autowired
    ClientsApi clients;

    private final HttpClient http = HttpClient.newHttpClient();

    // ---------------------------------------------------------------- discovery

    @Test
    void la_configuration_openid_et_les_metadonnees_oauth2_sont_publiees_avec_l_emetteur_en_url() throws Exception {
        JsonNode oidc = json.readTree(get(http, "/.well-known/openid-configuration").body());
        HttpResponse<String> oauth2 = get(http, "/.well-known/oauth-authorization-server");

        String emetteur = "http://localhost:" + port;
        assertThat(oidc.get("issuer").asString()).isEqualTo(emetteur);
        assertThat(oidc.get("token_endpoint").asString()).isEqualTo(emetteur + "/oauth2/token");
        assertThat(oidc.get("jwks_uri").asString()).isEqualTo(emetteur + "/oauth2/jwks");
        assertThat(oidc.get("authorization_endpoint").asString()).isEqualTo(emetteur + "/oauth2/authorize");
        assertThat(oidc.get("code_challenge_methods_supported").toString()).contains("S256");
        assertThat(oidc.get("token_endpoint_auth_methods_supported").toString())
                .contains("client_secret_basic", "client_secret_post");
        assertThat(oauth2.statusCode()).isEqualTo(200);
        assertThat(json.readTree(oauth2.body()).get("issuer").asString()).isEqualTo(emetteur);
    }

    // ---------------------------------------------------------------- OpenID Connect sign-in

    @Test
    void un_agent_se_connecte_avec_code_et_pkce_et_son_jeton_d_identite_porte_role_guichet_territoire()
            throws Exception {
        Jwt agent = connecter("agent-g5901", "agent-g5901-mdp");
        Jwt gestionnaire = connecter("gestionnaire-062", "gestionnaire-062-mdp");
        Jwt administrateur = connecter("admin-national", "admin-national-mdp");

        assertThat(agent.getSubject()).isEqualTo("agent-g5901");
        assertThat(agent.getClaimAsString("iss")).isEqualTo("http://localhost:" + port);
        assertThat(agent.getAudience()).containsExactly("sne-web");
        assertThat(agent.getClaimAsString("role")).isEqualTo("AGENT");
        assertThat(agent.getClaimAsString("guichet")).isEqualTo("G5901");
        assertThat(agent.getClaimAsString("territoire")).isEqualTo("059");
        assertThat(gestionnaire.getClaimAsString("role")).isEqualTo("GESTIONNAIRE_TERRITORIAL");
        assertThat(gestionnaire.getClaimAsString("territoire")).isEqualTo("062");
        assertThat(gestionnaire.hasClaim("guichet")).isFalse();
        assertThat(administrateur.getClaimAsString("role")).isEqualTo("ADMINISTRATEUR_NATIONAL");
        assertThat(administrateur.hasClaim("territoire")).isFalse();
    }

    @Test
    void un_mauvais_mot_de_passe_renvoie_a_la_page_de_connexion() throws Exception {
        HttpClient navigateur = navigateur();
        get(navigateur, "/oauth2/authorize?" + autorisation("etat", defi("verificateur-" + UUID.randomUUID())));

        HttpResponse<String> connexion = soumettreConnexion(navigateur, "agent-g5901", "pas-le-bon");

        assertThat(connexion.statusCode()).isEqualTo(302);
        assertThat(connexion.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void sans_pkce_la_demande_d_autorisation_est_refusee() throws Exception {
        HttpClient navigateur = navigateur();
        get(navigateur, "/oauth2/authorize?" + autorisation("etat", null));
        soumettreConnexion(navigateur, "agent-g5902", "agent-g5902-mdp");

        HttpResponse<String> reponse = get(navigateur, "/oauth2/authorize?" + autorisation("etat", null));

        String destination = reponse.headers().firstValue("Location").orElse("");
        assertThat(destination).startsWith(redirection()).contains("error=invalid_request").doesNotContain("code=");
    }

    // ---------------------------------------------------------------- API clients: rotation, revocation

    @Test
    void pendant_une_rotation_les_deux_secrets_sont_acceptes_puis_seul_le_nouveau() throws Exception {
        String client = nouveauClient("ancien-secret");

        assertThat(clients.changerSecret(client, "nouveau-secret", Duration.ofHours(1))).isTrue();
        int ancienPendant = demanderJeton(client, "ancien-secret").statusCode();
        int nouveauPendant = demanderJeton(client, "nouveau-secret").statusCode();
        // the overlap is over
        jdbc.sql("update client_api_secret set expire_le = now() - interval '1 second' where client_id = :id")
                .param("id", client).update();
        HttpResponse<String> ancienApres = demanderJeton(client, "ancien-secret");
        int nouveauApres = demanderJeton(client, "nouveau-secret").statusCode();

        assertThat(ancienPendant).isEqualTo(200);
        assertThat(nouveauPendant).isEqualTo(200);
        assertThat(ancienApres.statusCode()).isEqualTo(401);
        assertThat(json.readTree(ancienApres.body()).get("error").asString()).isEqualTo("invalid_client");
        assertThat(nouveauApres).isEqualTo(200);
    }

    @Test
    void un_client_revoque_voit_ses_jetons_refuses_a_l_appel_suivant_et_n_en_obtient_plus() throws Exception {
        String client = nouveauClient("secret");
        String jeton = json.readTree(demanderJeton(client, "secret").body()).get("access_token").asString();
        assertThat(appeler("/v1.0/test/moi", jeton).statusCode()).isEqualTo(200);

        assertThat(clients.revoquer(client)).isTrue();
        HttpResponse<String> appel = appeler("/v1.0/test/moi", jeton);
        HttpResponse<String> nouveauJeton = demanderJeton(client, "secret");

        assertThat(appel.statusCode()).isEqualTo(403);
        assertThat(appel.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(appel.body()).get("code").asString()).isEqualTo("CLIENT_REVOQUE");
        assertThat(nouveauJeton.statusCode()).isEqualTo(401);
    }

    // ---------------------------------------------------------------- helpers

    /** Signs in through the browser flow and returns the verified ID token. */
    private Jwt connecter(String identifiant, String motDePasse) throws Exception {
        HttpClient navigateur = navigateur();
        String verificateur = "verificateur-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        String etat = UUID.randomUUID().toString();
        String demande = "/oauth2/authorize?" + autorisation(etat, defi(verificateur));

        HttpResponse<String> versConnexion = get(navigateur, demande);
        assertThat(versConnexion.statusCode()).isEqualTo(302);
        assertThat(versConnexion.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        HttpResponse<String> connexion = soumettreConnexion(navigateur, identifiant, motDePasse);
        assertThat(connexion.statusCode()).isEqualTo(302);
        HttpResponse<String> autorisation = get(navigateur,
                URI.create(connexion.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                        + URI.create(connexion.headers().firstValue("Location").orElseThrow()).getRawQuery());
        String retour = autorisation.headers().firstValue("Location").orElseThrow();
        assertThat(retour).startsWith(redirection());
        Map<String, String> parametres = parametres(URI.create(retour).getRawQuery());
        assertThat(parametres).containsEntry("state", etat);

        HttpResponse<String> jetons = post(navigateur, "/oauth2/token", Map.of("grant_type", "authorization_code",
                "code", parametres.get("code"), "redirect_uri", redirection(), "client_id", "sne-web",
                "code_verifier", verificateur), null);
        assertThat(jetons.statusCode()).as(jetons.body()).isEqualTo(200);
        JsonNode corps = json.readTree(jetons.body());
        Jwt identite = decodeur.decode(corps.get("id_token").asString());
        assertThat(identite.getClaimAsString("nonce")).isEqualTo("nonce-" + etat);
        return identite;
    }

    private HttpResponse<String> soumettreConnexion(HttpClient navigateur, String identifiant, String motDePasse)
            throws Exception {
        String page = get(navigateur, "/login").body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as(page).isTrue();
        return post(navigateur, "/login",
                Map.of("username", identifiant, "password", motDePasse, "_csrf", csrf.group(1)), null);
    }

    private String autorisation(String etat, String defi) {
        Map<String, String> parametres = new LinkedHashMap<>();
        parametres.put("response_type", "code");
        parametres.put("client_id", "sne-web");
        parametres.put("redirect_uri", redirection());
        parametres.put("scope", "openid profile");
        parametres.put("state", etat);
        parametres.put("nonce", "nonce-" + etat);
        if (defi != null) {
            parametres.put("code_challenge", defi);
            parametres.put("code_challenge_method", "S256");
        }
        return formulaire(parametres);
    }

    private static String defi(String verificateur) throws Exception {
        byte[] empreinte = MessageDigest.getInstance("SHA-256").digest(verificateur.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(empreinte);
    }

    private String nouveauClient(String secret) {
        String client = "test-rotation-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into client_api (client_id, secret_hash, guichet_code) values (:id, :hash, 'G6201')")
                .param("id", client).param("hash", encodeur.encode(secret)).update();
        jdbc.sql("insert into client_api_habilitation (client_id, habilitation, accordee_par) values (:id, 'demandes', 'essai')")
                .param("id", client).update();
        return client;
    }

    private HttpResponse<String> demanderJeton(String client, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return post(http, "/oauth2/token", Map.of("grant_type", "client_credentials"), "Basic " + basic);
    }

    private HttpResponse<String> appeler(String chemin, String jeton) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(chemin)).header("Authorization", "Bearer " + jeton).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpClient navigateur() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient client, String chemin) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(chemin)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient client, String chemin, Map<String, String> champs,
            String autorisation) throws Exception {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri(chemin))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulaire(champs)));
        if (autorisation != null) {
            requete.header("Authorization", autorisation);
        }
        return client.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String formulaire(Map<String, String> champs) {
        return champs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parametres(String requete) {
        Map<String, String> parametres = new LinkedHashMap<>();
        for (String paire : requete.split("&")) {
            int egal = paire.indexOf('=');
            parametres.put(URLDecoder.decode(paire.substring(0, egal), StandardCharsets.UTF_8),
                    URLDecoder.decode(paire.substring(egal + 1), StandardCharsets.UTF_8));
        }
        return parametres;
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }
}
