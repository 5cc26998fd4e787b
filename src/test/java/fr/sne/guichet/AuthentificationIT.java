package fr.sne.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import fr.sne.TestIntegration;
import fr.sne.api.SecuriteProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@TestIntegration
class AuthentificationIT {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encodeurMotsDePasse;

    @Autowired
    JwtDecoder decodeur;

    @Autowired
    JwtEncoder encodeurJetons;

    @Autowired
    SecuriteProperties proprietes;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reponse(int statut, HttpResponse<String> brute, JsonNode corps) {

        String entete(String nom) {
            return brute.headers().firstValue(nom).orElse("");
        }
    }

    // ---------------------------------------------------------------- token endpoint

    @Test
    void jeton_obtenu_avec_authentification_basic() throws Exception {
        Reponse reponse = demanderJeton(Map.of("grant_type", "client_credentials"),
                basic("demo-g5901", "demo-g5901-secret"));

        assertThat(reponse.statut()).isEqualTo(200);
        assertThat(reponse.corps().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(reponse.corps().get("expires_in").asLong()).isEqualTo(3600);
        // the scopes are the client's habilitations in SNE's record (ADR 0017)
        List<String> habilitations = jdbc.sql("select habilitation from client_api_habilitation where client_id = ?")
                .param("demo-g5901").query(String.class).list();
        assertThat(habilitations).contains("demandes", "exports", "instruction");
        assertThat(reponse.corps().get("scope").asString().split(" "))
                .containsExactlyInAnyOrderElementsOf(habilitations);
        assertThat(reponse.entete("Cache-Control")).contains("no-store");

        Jwt jwt = decodeur.decode(reponse.corps().get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("demo-g5901");
        assertThat(jwt.getClaimAsString("guichet")).isEqualTo("G5901");
        assertThat(jwt.getClaimAsString("territoire")).isEqualTo("059");
        assertThat(jwt.getClaimAsString("scope").split(" ")).containsExactlyInAnyOrderElementsOf(habilitations);
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("http://localhost:" + port);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(3600));
    }

    @Test
    void jeton_obtenu_avec_client_id_et_secret_dans_le_formulaire() throws Exception {
        Reponse reponse = demanderJeton(Map.of("grant_type", "client_credentials", "client_id", "demo-g6201",
                "client_secret", "demo-g6201-secret", "scope", "demandes"), null);

        assertThat(reponse.statut()).isEqualTo(200);
        Jwt jwt = decodeur.decode(reponse.corps().get("access_token").asString());
        assertThat(jwt.getClaimAsString("guichet")).isEqualTo("G6201");
        assertThat(jwt.getClaimAsString("territoire")).isEqualTo("062");
    }

    @Test
    void un_mauvais_secret_donne_invalid_client_401() throws Exception {
        Reponse formulaire = demanderJeton(Map.of("grant_type", "client_credentials", "client_id", "demo-g5901",
                "client_secret", "pas-le-bon"), null);
        Reponse enBasic = demanderJeton(Map.of("grant_type", "client_credentials"),
                basic("demo-g5901", "pas-le-bon"));
        Reponse inconnu = demanderJeton(Map.of("grant_type", "client_credentials"),
                basic("client-qui-n-existe-pas", "x"));

        for (Reponse reponse : new Reponse[] { formulaire, enBasic, inconnu }) {
            assertThat(reponse.statut()).isEqualTo(401);
            assertThat(reponse.corps().get("error").asString()).isEqualTo("invalid_client");
            assertThat(reponse.corps().has("access_token")).isFalse();
        }
        assertThat(enBasic.entete("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void un_type_d_octroi_non_supporte_donne_400() throws Exception {
        Reponse reponse = demanderJeton(Map.of("grant_type", "password", "username", "x", "password", "y"),
                basic("demo-g5901", "demo-g5901-secret"));

        assertThat(reponse.statut()).isEqualTo(400);
        assertThat(reponse.corps().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void requetes_de_jeton_mal_formees() throws Exception {
        Reponse sansOctroi = demanderJeton(Map.of(), basic("demo-g5901", "demo-g5901-secret"));
        Reponse scopeInconnu = demanderJeton(Map.of("grant_type", "client_credentials", "scope", "admin"),
                basic("demo-g5901", "demo-g5901-secret"));
        Reponse deuxMethodes = demanderJeton(Map.of("grant_type", "client_credentials", "client_id", "demo-g5901",
                "client_secret", "demo-g5901-secret"), basic("demo-g5901", "demo-g5901-secret"));
        Reponse sansClient = demanderJeton(Map.of("grant_type", "client_credentials"), null);

        assertThat(sansOctroi.statut()).isEqualTo(400);
        assertThat(sansOctroi.corps().get("error").asString()).isEqualTo("invalid_request");
        assertThat(scopeInconnu.statut()).isEqualTo(400);
        assertThat(scopeInconnu.corps().get("error").asString()).isEqualTo("invalid_scope");
        assertThat(deuxMethodes.statut()).isEqualTo(400);
        assertThat(deuxMethodes.corps().get("error").asString()).isEqualTo("invalid_request");
        assertThat(sansClient.statut()).isEqualTo(401);
        assertThat(sansClient.corps().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void les_cles_publiques_sont_publiees_sans_partie_privee() throws Exception {
        Reponse reponse = get("/oauth2/jwks", null);

        assertThat(reponse.statut()).isEqualTo(200);
        JsonNode cle = reponse.corps().get("keys").get(0);
        assertThat(cle.get("kty").asString()).isEqualTo("RSA");
        assertThat(cle.has("n")).isTrue();
        assertThat(cle.has("d")).isFalse();
        String jeton = jeton("demo-g5901", "demo-g5901-secret");
        assertThat(decodeur.decode(jeton).getHeaders().get("kid")).isEqualTo(cle.get("kid").asString());
    }

    // ---------------------------------------------------------------- protected API

    @Test
    void sans_jeton_l_api_repond_401_en_problem_details() throws Exception {
        Reponse reponse = get("/v1.0/test/moi", null);

        assertThat(reponse.statut()).isEqualTo(401);
        assertThat(reponse.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(reponse.entete("WWW-Authenticate")).startsWith("Bearer");
        assertThat(reponse.corps().get("status").asInt()).isEqualTo(401);
        assertThat(reponse.corps().get("code").asString()).isEqualTo("JETON_ABSENT");
        assertThat(reponse.corps().get("instance").asString()).isEqualTo("/v1.0/test/moi");
    }

    @Test
    void les_jetons_de_l_emetteur_integre_portent_l_audience_de_l_api() throws Exception {
        String jeton = jeton("demo-g5902", "demo-g5902-secret");

        assertThat(decodeur.decode(jeton).getAudience()).containsExactly(proprietes.audience());
        assertThat(get("/v1.0/test/moi", jeton).statut()).isEqualTo(200);
    }

    @Test
    void chaque_cause_de_refus_d_un_jeton_a_son_code_et_son_message_en_francais() throws Exception {
        Instant maintenant = Instant.now();
        Map<String, String> jetons = new LinkedHashMap<>();
        jetons.put("JETON_SANS_EXPIRATION", signer(encodeurJetons, r -> r.claims(c -> c.remove("exp"))));
        jetons.put("JETON_EXPIRE", signer(encodeurJetons, r -> r.issuedAt(maintenant.minusSeconds(7200))
                .expiresAt(maintenant.minusSeconds(3600))));
        jetons.put("JETON_PAS_ENCORE_VALIDE", signer(encodeurJetons, r -> r.notBefore(maintenant.plusSeconds(3600))));
        jetons.put("JETON_EMETTEUR_INVALIDE", signer(encodeurJetons, r -> r.issuer("https://emetteur.exemple.org")));
        jetons.put("JETON_AUDIENCE_INVALIDE", signer(encodeurJetons, r -> r.audience(List.of("une-autre-api"))));
        jetons.put("JETON_SANS_AUDIENCE", signer(encodeurJetons, r -> r.claims(c -> c.remove("aud"))));
        RSAKey autreCle = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID("faussaire").generate();
        jetons.put("JETON_SIGNATURE_INVALIDE",
                signer(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(autreCle))), r -> { }));
        jetons.put("JETON_MALFORME", "pas.un.jwt");

        jetons.forEach((code, jeton) -> {
            Reponse reponse = getSansErreur("/v1.0/test/moi", jeton);
            String detail = reponse.corps().get("detail").asString();
            assertThat(reponse.statut()).as(code).isEqualTo(401);
            assertThat(reponse.corps().get("code").asString()).as(detail).isEqualTo(code.equals("JETON_SANS_AUDIENCE")
                    ? "JETON_AUDIENCE_INVALIDE" : code);
            assertThat(detail).as(code).isNotBlank()
                    .doesNotContainIgnoringCase("jwt").doesNotContainIgnoringCase("claim")
                    .doesNotContainIgnoringCase("error").doesNotContainIgnoringCase("token")
                    .doesNotContainIgnoringCase("signed").doesNotContainIgnoringCase("expired");
            assertThat(reponse.entete("WWW-Authenticate")).as(code).startsWith("Bearer").contains("invalid_token")
                    .doesNotContainIgnoringCase("jwt").doesNotContainIgnoringCase("claim")
                    .doesNotContainIgnoringCase("An error");
        });
        assertThat(jetons.keySet().stream().map(code -> getSansErreur("/v1.0/test/moi", jetons.get(code)).corps()
                .get("detail").asString()).distinct()).hasSize(jetons.size() - 1);
    }

    @Test
    void un_jeton_signe_par_une_autre_cle_est_refuse_401() throws Exception {
        RSAKey autreCle = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyID("faussaire").generate();
        JwtEncoder faussaire = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(autreCle)));
        String jetonForge = signer(faussaire, "G5901", "059", Instant.now().plusSeconds(600));

        Reponse reponse = get("/v1.0/test/moi", jetonForge);

        assertThat(reponse.statut()).isEqualTo(401);
        assertThat(reponse.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(reponse.entete("WWW-Authenticate")).startsWith("Bearer").contains("invalid_token");
        assertThat(reponse.corps().get("code").asString()).isEqualTo("JETON_SIGNATURE_INVALIDE");
    }

    @Test
    void un_jeton_expire_ou_illisible_est_refuse_401() throws Exception {
        String expire = signer(encodeurJetons, "G5901", "059", Instant.now().minusSeconds(3600));

        assertThat(get("/v1.0/test/moi", expire).statut()).isEqualTo(401);
        assertThat(get("/v1.0/test/moi", "pas.un.jwt").statut()).isEqualTo(401);
    }

    @Test
    void avec_un_jeton_valide_le_controleur_recoit_le_guichet_appelant() throws Exception {
        String jeton = jeton("demo-g5902", "demo-g5902-secret");

        Reponse reponse = get("/v1.0/test/moi", jeton);

        assertThat(reponse.statut()).isEqualTo(200);
        assertThat(reponse.corps().get("code").asString()).isEqualTo("G5902");
        assertThat(reponse.corps().get("type").asString()).isEqualTo("COMMUNE");
        assertThat(reponse.corps().get("territoire").asString()).isEqualTo("059");
        assertThat(reponse.corps().get("nom").asString()).contains("Villeneuve-d'Ascq");
        assertThat(reponse.corps().get("adresse").get(reponse.corps().get("adresse").size() - 1).asString())
                .isEqualTo("59650 Villeneuve-d'Ascq");
    }

    @Test
    void le_jeton_d_un_guichet_desactive_est_refuse_403() throws Exception {
        String code = nouveauGuichet("062");
        String client = "test-" + code.toLowerCase();
        nouveauClient(client, "secret-" + code, code);
        String jeton = jeton(client, "secret-" + code);
        assertThat(get("/v1.0/test/moi", jeton).statut()).isEqualTo(200);

        jdbc.sql("update guichet set actif = false where code = :code").param("code", code).update();
        Reponse reponse = get("/v1.0/test/moi", jeton);
        Reponse nouveauJeton = demanderJeton(Map.of("grant_type", "client_credentials"),
                basic(client, "secret-" + code));

        assertThat(reponse.statut()).isEqualTo(403);
        assertThat(reponse.entete("Content-Type")).startsWith("application/problem+json");
        assertThat(reponse.corps().get("code").asString()).isEqualTo("GUICHET_INACTIF");
        assertThat(nouveauJeton.statut()).isEqualTo(400);
        assertThat(nouveauJeton.corps().get("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void un_jeton_bien_signe_pour_un_guichet_inconnu_est_refuse_403() throws Exception {
        String jeton = signer(encodeurJetons, "GZZ" + aleatoire(2), null, Instant.now().plusSeconds(600));

        Reponse reponse = get("/v1.0/test/moi", jeton);

        assertThat(reponse.statut()).isEqualTo(403);
        assertThat(reponse.corps().get("code").asString()).isEqualTo("GUICHET_INCONNU");
    }

    @Test
    void un_client_desactive_n_obtient_plus_de_jeton() throws Exception {
        String code = nouveauGuichet("059");
        String client = "test-" + code.toLowerCase();
        nouveauClient(client, "secret", code);
        jdbc.sql("update client_api set actif = false where client_id = :id").param("id", client).update();

        Reponse reponse = demanderJeton(Map.of("grant_type", "client_credentials"), basic(client, "secret"));

        assertThat(reponse.statut()).isEqualTo(401);
        assertThat(reponse.corps().get("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void la_documentation_et_la_sante_sont_publiques() throws Exception {
        Reponse documentation = get("/v3/api-docs", null);
        Reponse sante = get("/actuator/health", null);

        assertThat(documentation.statut()).isEqualTo(200);
        assertThat(documentation.corps().get("info").get("title").asString()).isEqualTo("SNE — API des guichets");
        assertThat(documentation.corps().get("components").get("securitySchemes").get("oauth2-client-credentials")
                .get("flows").get("clientCredentials").get("tokenUrl").asString()).isEqualTo("/oauth2/token");
        assertThat(sante.statut()).isEqualTo(200);
    }

    @Test
    void la_description_de_la_ressource_protegee_est_publiee() throws Exception {
        Reponse reponse = get("/.well-known/oauth-protected-resource", null);

        assertThat(reponse.statut()).isEqualTo(200);
        assertThat(reponse.corps().get("scopes_supported").get(0).asString()).isEqualTo("demandes");
        assertThat(reponse.corps().get("tls_client_certificate_bound_access_tokens").asBoolean()).isFalse();
    }

    @Test
    void les_autres_chemins_demandent_une_authentification() throws Exception {
        Reponse reponse = get("/actuator/metrics", null);

        assertThat(reponse.statut()).isEqualTo(401);
        assertThat(reponse.entete("WWW-Authenticate")).startsWith("Bearer");
    }

    // ---------------------------------------------------------------- helpers

    /** A token of the guichet G5901 for the API, valid ten minutes, changed by {@code changement}. */
    private String signer(JwtEncoder encodeur, java.util.function.Consumer<JwtClaimsSet.Builder> changement) {
        Instant maintenant = Instant.now();
        JwtClaimsSet.Builder revendications = JwtClaimsSet.builder()
                .issuer("http://localhost:" + port)
                .audience(List.of(proprietes.audience()))
                .subject("test")
                .issuedAt(maintenant)
                .expiresAt(maintenant.plusSeconds(600))
                .claim("guichet", "G5901")
                .claim("scope", "demandes");
        changement.accept(revendications);
        return encodeur.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                revendications.build())).getTokenValue();
    }

    private Reponse getSansErreur(String chemin, String jeton) {
        try {
            return get(chemin, jeton);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String signer(JwtEncoder encodeur, String guichet, String territoire, Instant expiration) {
        JwtClaimsSet.Builder revendications = JwtClaimsSet.builder()
                .issuer("http://localhost:" + port)
                .audience(List.of(proprietes.audience()))
                .subject("test")
                .issuedAt(expiration.minusSeconds(3600))
                .expiresAt(expiration)
                .claim("guichet", guichet)
                .claim("scope", "demandes");
        if (territoire != null) {
            revendications.claim("territoire", territoire);
        }
        return encodeur.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                revendications.build())).getTokenValue();
    }

    private String nouveauGuichet(String territoire) {
        String code = "GT" + aleatoire(3);
        jdbc.sql("""
                insert into guichet (code, nom, type, territoire, adresse_ligne1, code_postal, commune)
                values (:code, :nom, 'COMMUNE', :territoire, '1 place de la Mairie', '62000', 'Arras')
                """)
                .param("code", code).param("nom", "Guichet de test " + code).param("territoire", territoire)
                .update();
        return code;
    }

    private void nouveauClient(String client, String secret, String guichet) {
        jdbc.sql("insert into client_api (client_id, secret_hash, guichet_code) values (:id, :hash, :guichet)")
                .param("id", client).param("hash", encodeurMotsDePasse.encode(secret)).param("guichet", guichet)
                .update();
        jdbc.sql("insert into client_api_habilitation (client_id, habilitation, accordee_par) values (:id, 'demandes', 'essai')")
                .param("id", client).update();
    }

    private static String aleatoire(int longueur) {
        StringBuilder texte = new StringBuilder();
        for (int i = 0; i < longueur; i++) {
            texte.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
        }
        return texte.toString();
    }

    private String jeton(String client, String secret) throws Exception {
        Reponse reponse = demanderJeton(Map.of("grant_type", "client_credentials"), basic(client, secret));
        assertThat(reponse.statut()).as(reponse.brute().body()).isEqualTo(200);
        return reponse.corps().get("access_token").asString();
    }

    private static String basic(String client, String secret) {
        String paire = URLEncoder.encode(client, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(paire.getBytes(StandardCharsets.UTF_8));
    }

    private Reponse demanderJeton(Map<String, String> formulaire, String autorisation)
            throws IOException, InterruptedException {
        String corps = new LinkedHashMap<>(formulaire).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri("/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corps));
        if (autorisation != null) {
            requete.header("Authorization", autorisation);
        }
        return envoyer(requete.build());
    }

    private Reponse get(String chemin, String jetonPorteur) throws IOException, InterruptedException {
        HttpRequest.Builder requete = HttpRequest.newBuilder(uri(chemin)).GET();
        if (jetonPorteur != null) {
            requete.header("Authorization", "Bearer " + jetonPorteur);
        }
        return envoyer(requete.build());
    }

    private Reponse envoyer(HttpRequest requete) throws IOException, InterruptedException {
        HttpResponse<String> reponse = http.send(requete, HttpResponse.BodyHandlers.ofString());
        JsonNode corps = reponse.body().isBlank() ? json.createObjectNode() : json.readTree(reponse.body());
        return new Reponse(reponse.statusCode(), reponse, corps);
    }

    private URI uri(String chemin) {
        return URI.create("http://localhost:" + port + chemin);
    }
}
