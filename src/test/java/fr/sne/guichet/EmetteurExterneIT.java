package fr.sne.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import fr.sne.TestIntegration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The production set-up: the embedded issuer is off, tokens come from another issuer (here: a key pair of the
 * test, its public key given to Spring Boot's resource server) and use other claim names.
 */
@TestIntegration
class EmetteurExterneIT {

    private static final KeyPair CLES = paireDeCles();

    @DynamicPropertySource
    static void emetteurExterne(DynamicPropertyRegistry proprietes) throws IOException {
        Path pem = Files.createTempFile("emetteur-externe", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(CLES.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        proprietes.add("sne.securite.emetteur-local.actif", () -> "false");
        proprietes.add("sne.securite.claim-guichet", () -> "sne_guichet");
        proprietes.add("sne.securite.claim-territoire", () -> "sne_territoire");
        proprietes.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
        proprietes.add("sne.securite.audience", () -> AUDIENCE);
    }

    /** The audience the external issuer names the API by. */
    private static final String AUDIENCE = "https://sne.exemple.gouv.fr/api";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    /**
     * SNE's record of the external issuer's client, which alone says what it may do (ADR 0017): the habilitation
     * demandes, not exports. Its secret is of no use with an external issuer.
     */
    @BeforeEach
    void clientEnregistre() {
        jdbc.sql("""
                insert into client_api (client_id, secret_hash, guichet_code) values ('client-externe', 'inutilise', 'G1101')
                on conflict do nothing""").update();
        jdbc.sql("""
                insert into client_api_habilitation (client_id, habilitation, accordee_par)
                values ('client-externe', 'demandes', 'essai') on conflict do nothing""").update();
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void un_jeton_de_l_emetteur_externe_avec_ses_noms_de_claims_est_accepte() throws Exception {
        HttpResponse<String> reponse = get("/v1.0/test/moi", signer("sne_guichet", "G1101", "111"));

        assertThat(reponse.statusCode()).isEqualTo(200);
        JsonNode guichet = json.readTree(reponse.body());
        assertThat(guichet.get("code").asString()).isEqualTo("G1101");
        assertThat(guichet.get("type").asString()).isEqualTo("ETAT");
    }

    @Test
    void les_habilitations_sont_celles_de_la_fiche_du_client_pas_celles_que_le_jeton_pretend() throws Exception {
        String jeton = signer("sne_guichet", "G1101", "111", r -> r.claim("scope", "demandes exports"));
        String inconnu = signer("sne_guichet", "G1101", "111", r -> r.subject("client-que-sne-ne-connait-pas"));

        HttpResponse<String> demandes = get("/v1.0/test/moi", jeton);
        HttpResponse<String> exports = get("/v1.0/exports/essai-habilitation", jeton);
        HttpResponse<String> sansFiche = get("/v1.0/test/moi", inconnu);

        assertThat(demandes.statusCode()).isEqualTo(200);
        assertThat(exports.statusCode()).isEqualTo(403);
        assertThat(json.readTree(exports.body()).get("code").asString()).isEqualTo("HABILITATION_MANQUANTE");
        assertThat(json.readTree(exports.body()).get("habilitation").asString()).isEqualTo("exports");
        assertThat(sansFiche.statusCode()).isEqualTo(403);
        assertThat(json.readTree(sansFiche.body()).get("habilitation").asString()).isEqualTo("demandes");
    }

    @Test
    void un_jeton_sans_le_claim_configure_est_invalide() throws Exception {
        HttpResponse<String> reponse = get("/v1.0/test/moi", signer("guichet", "G1101", "111"));

        assertThat(reponse.statusCode()).isEqualTo(401);
        assertThat(reponse.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
    }

    @Test
    void un_jeton_pour_une_autre_audience_ou_sans_expiration_est_refuse() throws Exception {
        HttpResponse<String> autreAudience = get("/v1.0/test/moi",
                signer("sne_guichet", "G1101", "111", r -> r.audience(List.of("https://autre.exemple.gouv.fr"))));
        HttpResponse<String> sansAudience = get("/v1.0/test/moi",
                signer("sne_guichet", "G1101", "111", r -> r.claims(c -> c.remove("aud"))));
        HttpResponse<String> sansExpiration = get("/v1.0/test/moi",
                signer("sne_guichet", "G1101", "111", r -> r.claims(c -> c.remove("exp"))));

        assertThat(autreAudience.statusCode()).isEqualTo(401);
        assertThat(json.readTree(autreAudience.body()).get("code").asString()).isEqualTo("JETON_AUDIENCE_INVALIDE");
        assertThat(sansAudience.statusCode()).isEqualTo(401);
        assertThat(json.readTree(sansAudience.body()).get("code").asString()).isEqualTo("JETON_AUDIENCE_INVALIDE");
        assertThat(sansExpiration.statusCode()).isEqualTo(401);
        assertThat(json.readTree(sansExpiration.body()).get("code").asString()).isEqualTo("JETON_SANS_EXPIRATION");
    }

    @Test
    void l_emetteur_integre_est_absent() throws Exception {
        HttpRequest requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=client_credentials&client_id=demo-g5901&client_secret=demo-g5901-secret"))
                .build();

        HttpResponse<String> reponse = http.send(requete, HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> jwks = get("/oauth2/jwks", null);

        assertThat(reponse.statusCode()).isNotEqualTo(200);
        assertThat(reponse.body()).doesNotContain("access_token");
        assertThat(jwks.statusCode()).isEqualTo(404);
    }

    private static String signer(String claimGuichet, String guichet, String territoire) {
        return signer(claimGuichet, guichet, territoire, r -> { });
    }

    private static String signer(String claimGuichet, String guichet, String territoire,
            Consumer<JwtClaimsSet.Builder> changement) {
        RSAKey cle = new RSAKey.Builder((RSAPublicKey) CLES.getPublic()).privateKey((RSAPrivateKey) CLES.getPrivate())
                .build();
        JwtClaimsSet.Builder revendications = JwtClaimsSet.builder()
                .issuer("https://emetteur.exemple.gouv.fr")
                .subject("client-externe")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claim(claimGuichet, guichet)
                .audience(List.of(AUDIENCE))
                .claim("sne_territoire", territoire);
        changement.accept(revendications);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(cle)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), revendications.build()))
                .getTokenValue();
    }

    private HttpResponse<String> get(String chemin, String jeton) throws IOException, InterruptedException {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin)).GET();
        if (jeton != null) {
            requete.header("Authorization", "Bearer " + jeton);
        }
        return http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static KeyPair paireDeCles() {
        try {
            KeyPairGenerator generateur = KeyPairGenerator.getInstance("RSA");
            generateur.initialize(2048);
            return generateur.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
