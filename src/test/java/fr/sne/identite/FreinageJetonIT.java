package fr.sne.identite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.LimitesBasses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guessing an API client's secret on {@code POST /oauth2/token} is slowed: past a few failures for a client, or from
 * a source address, every attempt is answered 429 with {@code Retry-After}, even with the right secret, the same
 * way whether the client exists or not; the burst is journalled once.
 */
@LimitesBasses
class FreinageJetonIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void apres_quelques_secrets_faux_le_client_est_freine_et_meme_le_bon_secret_est_refuse() {
        String client = clientDeTest();
        HttpClient source = depuis(LimitesBasses.Sources.nouvelle());

        List<HttpResponse<String>> echecs = new ArrayList<>();
        for (int i = 0; i < LimitesBasses.ECHECS_PAR_COMPTE; i++) {
            echecs.add(jeton(source, client, "mauvais-secret-" + i, null));
        }
        HttpResponse<String> freine = jeton(source, client, "encore-un-mauvais-secret", null);
        HttpResponse<String> bonSecret = jeton(source, client, "demo-g6201-secret", null);
        HttpResponse<String> bonSecretAilleurs = jeton(depuis(LimitesBasses.Sources.nouvelle()), client,
                "demo-g6201-secret", null);

        assertThat(echecs).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("invalid_client");
        });
        for (HttpResponse<String> refus : List.of(freine, bonSecret, bonSecretAilleurs)) {
            assertThat(refus.statusCode()).as(refus.body()).isEqualTo(429);
            assertThat(refus.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            long secondes = Long.parseLong(refus.headers().firstValue("Retry-After").orElseThrow());
            assertThat(secondes).isBetween(1L, 3600L);
            JsonNode probleme = json.readTree(refus.body());
            assertThat(probleme.get("code").asString()).isEqualTo("AUTHENTIFICATION_SUSPENDUE");
            assertThat(probleme.get("type").asString()).isEqualTo("urn:sne:probleme:trop-de-requetes");
            assertThat(probleme.get("status").asInt()).isEqualTo(429);
            assertThat(refus.body()).doesNotContain("access_token");
        }
        // one line for the burst, not one per refused attempt
        assertThat(journal("JETON", "CLIENT", client)).isEqualTo(1);
    }

    @Test
    void un_client_inconnu_est_freine_exactement_comme_un_client_connu() {
        String connu = clientDeTest();
        String inconnu = "inconnu-" + UUID.randomUUID().toString().substring(0, 8);
        HttpClient source = depuis(LimitesBasses.Sources.nouvelle());

        List<HttpResponse<String>> connus = new ArrayList<>();
        List<HttpResponse<String>> inconnus = new ArrayList<>();
        for (int i = 0; i <= LimitesBasses.ECHECS_PAR_COMPTE; i++) {
            connus.add(jeton(source, connu, "faux", null));
            inconnus.add(jeton(source, inconnu, "faux", null));
        }

        for (int i = 0; i <= LimitesBasses.ECHECS_PAR_COMPTE; i++) {
            assertThat(inconnus.get(i).statusCode()).isEqualTo(connus.get(i).statusCode());
            assertThat(inconnus.get(i).body()).isEqualTo(connus.get(i).body());
            assertThat(inconnus.get(i).headers().firstValue("Retry-After").isPresent())
                    .isEqualTo(connus.get(i).headers().firstValue("Retry-After").isPresent());
        }
        assertThat(inconnus.getLast().statusCode()).isEqualTo(429);
        assertThat(journal("JETON", "CLIENT", inconnu)).isEqualTo(1);
    }

    @Test
    void une_source_qui_essaie_beaucoup_de_clients_est_freinee_sans_croire_x_forwarded_for() {
        HttpClient source = depuis(LimitesBasses.Sources.nouvelle());
        List<Integer> statuts = new ArrayList<>();
        for (int i = 0; i < LimitesBasses.ECHECS_PAR_SOURCE; i++) {
            // one failure per client, below the per-client limit; the forwarded address changes every time and is
            // not believed (no trusted proxy is configured)
            statuts.add(jeton(source, "essai-" + UUID.randomUUID().toString().substring(0, 8), "faux",
                    "198.51.100." + i).statusCode());
        }
        HttpResponse<String> client = jeton(source, "demo-g5902", "demo-g5902-secret", "203.0.113.9");
        HttpResponse<String> ailleurs = jeton(depuis(LimitesBasses.Sources.nouvelle()), "demo-g5902",
                "demo-g5902-secret", null);

        assertThat(statuts).containsOnly(401);
        assertThat(client.statusCode()).as(client.body()).isEqualTo(429);
        assertThat(client.headers().firstValue("Retry-After")).isPresent();
        assertThat(ailleurs.statusCode()).as("une autre source n'est pas freinée").isEqualTo(200);
        assertThat(json.readTree(ailleurs.body()).get("access_token").asString()).isNotBlank();
    }

    @Test
    void le_bon_secret_ne_compte_pas_comme_un_echec() {
        String client = clientDeTest();
        HttpClient source = depuis(LimitesBasses.Sources.nouvelle());
        List<Integer> statuts = new ArrayList<>();
        for (int i = 0; i < 2 * LimitesBasses.ECHECS_PAR_COMPTE; i++) {
            statuts.add(jeton(source, client, "demo-g6201-secret", null).statusCode());
        }
        statuts.add(jeton(source, client, "faux", null).statusCode());

        assertThat(statuts.subList(0, statuts.size() - 1)).containsOnly(200);
        assertThat(statuts.getLast()).isEqualTo(401);
        assertThat(journal("JETON", "CLIENT", client)).isZero();
    }

    /** A client of the guichet G6201 of its own, whose secret is the demo client's. */
    private String clientDeTest() {
        String client = "frein-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into client_api (client_id, secret_hash, guichet_code, portee)
                select :client, secret_hash, guichet_code, portee from client_api where client_id = 'demo-g6201'
                """).param("client", client).update();
        return client;
    }

    private int journal(String point, String nature, String cle) {
        return jdbc.sql("select count(*) from freinage_connexion where point = :point and nature = :nature and cle = :cle")
                .param("point", point).param("nature", nature).param("cle", cle).query(Integer.class).single();
    }

    private static HttpClient depuis(InetAddress source) {
        return HttpClient.newBuilder().localAddress(source).build();
    }

    private HttpResponse<String> jeton(HttpClient http, String client, String secret, String transmisPour) {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
        if (transmisPour != null) {
            requete.header("X-Forwarded-For", transmisPour);
        }
        try {
            return http.send(requete.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
