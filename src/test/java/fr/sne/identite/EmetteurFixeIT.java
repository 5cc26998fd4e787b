package fr.sne.identite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fr.sne.TestIntegration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded issuer's address is fixed by the settings ({@code http://localhost:<port>} by default), never taken
 * from the request: a {@code Host} header names no other issuer, a token asked through another host name is
 * accepted by the same application, and a browser that comes under another host name is first sent to the
 * canonical address, where its cookies live.
 */
@TestIntegration
class EmetteurFixeIT {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JwtDecoder decodeur;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private String emetteur() {
        return "http://localhost:" + port;
    }

    @Test
    void la_decouverte_nomme_l_emetteur_fixe_quel_que_soit_l_hote_de_la_requete() throws Exception {
        for (String chemin : new String[] {"/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"}) {
            ReponseBrute reponse = envoyer("GET", chemin, "evil.example", Map.of("Accept", "application/json"));

            assertThat(reponse.statut()).as(chemin).isEqualTo(200);
            JsonNode decouverte = json.readTree(reponse.corps());
            assertThat(decouverte.get("issuer").asString()).as(chemin).isEqualTo(emetteur());
            assertThat(decouverte.get("token_endpoint").asString()).isEqualTo(emetteur() + "/oauth2/token");
            assertThat(decouverte.get("jwks_uri").asString()).isEqualTo(emetteur() + "/oauth2/jwks");
            assertThat(reponse.corps()).doesNotContain("evil.example");
        }
    }

    @Test
    void un_jeton_demande_sous_un_autre_nom_d_hote_est_emis_par_l_emetteur_fixe_et_accepte() throws Exception {
        String autreHote = "http://127.0.0.1:" + port;
        HttpResponse<String> reponse = http.send(HttpRequest.newBuilder(URI.create(autreHote + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "demo-g5901:demo-g5901-secret".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(200);
        String jeton = json.readTree(reponse.body()).get("access_token").asString();

        HttpResponse<String> parLocalhost = appeler(emetteur(), jeton);
        HttpResponse<String> parAutreHote = appeler(autreHote, jeton);

        assertThat(decodeur.decode(jeton).getClaimAsString("iss")).isEqualTo(emetteur());
        assertThat(parAutreHote.statusCode()).as(parAutreHote.body()).isEqualTo(200);
        assertThat(parLocalhost.statusCode()).as(parLocalhost.body()).isEqualTo(200);
        assertThat(json.readTree(parAutreHote.body()).get("code").asString()).isEqualTo("G5901");
    }

    @Test
    void sous_un_autre_hote_la_page_d_autorisation_renvoie_a_l_emetteur_fixe() throws Exception {
        String autorisation = "/oauth2/authorize?response_type=code&client_id=sne-web&scope=openid"
                + "&redirect_uri=" + emetteur() + "/login/oauth2/code/sne&state=etat";

        ReponseBrute reponse = envoyer("GET", autorisation, "evil.example", Map.of("Accept", "text/html"));
        ReponseBrute connexion = envoyer("GET", "/login", "evil.example", Map.of("Accept", "text/html"));

        assertThat(reponse.statut()).isEqualTo(302);
        assertThat(reponse.entete("Location")).isEqualTo(emetteur() + autorisation);
        assertThat(connexion.statut()).isEqualTo(302);
        assertThat(connexion.entete("Location")).isEqualTo(emetteur() + "/login");
        assertThat(reponse.entete("Set-Cookie")).isNull();
    }

    @Test
    void sous_un_autre_hote_l_application_web_renvoie_d_abord_a_son_adresse_canonique() throws Exception {
        ReponseBrute page = envoyer("GET", "/pro/demandes?numero=059", "127.0.0.1:" + port,
                Map.of("Accept", "text/html"));
        ReponseBrute evil = envoyer("GET", "/pro/", "evil.example", Map.of("Accept", "text/html"));
        ReponseBrute canonique = envoyer("GET", "/pro/", "localhost:" + port, Map.of("Accept", "text/html"));

        assertThat(page.statut()).isEqualTo(302);
        assertThat(page.entete("Location")).isEqualTo(emetteur() + "/pro/demandes?numero=059");
        assertThat(page.entete("Set-Cookie")).as("aucune session sous l'autre hôte").isNull();
        assertThat(evil.entete("Location")).isEqualTo(emetteur() + "/pro/");
        // at the canonical address, the sign-in as before
        assertThat(canonique.statut()).isEqualTo(302);
        assertThat(canonique.entete("Location")).endsWith("/oauth2/authorization/sne");
    }

    // ---------------------------------------------------------------- helpers

    private HttpResponse<String> appeler(String base, String jeton) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/v1.0/test/moi"))
                .header("Authorization", "Bearer " + jeton).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    record ReponseBrute(int statut, Map<String, String> entetes, String corps) {

        String entete(String nom) {
            return entetes.get(nom.toLowerCase(Locale.ROOT));
        }
    }

    /** One HTTP/1.1 request written by hand, so that its Host header says what the test wants. */
    private ReponseBrute envoyer(String methode, String chemin, String hote, Map<String, String> entetes)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder requete = new StringBuilder(methode + " " + chemin + " HTTP/1.1\r\nHost: " + hote + "\r\n");
            entetes.forEach((nom, valeur) -> requete.append(nom).append(": ").append(valeur).append("\r\n"));
            requete.append("Connection: close\r\n\r\n");
            OutputStream sortie = socket.getOutputStream();
            sortie.write(requete.toString().getBytes(StandardCharsets.ISO_8859_1));
            sortie.flush();
            InputStream entree = socket.getInputStream();
            // one character per byte until the body is whole (chunk sizes count bytes), then read as UTF-8
            String brute = new String(entree.readAllBytes(), StandardCharsets.ISO_8859_1);
            int finEntetes = brute.indexOf("\r\n\r\n");
            String[] lignes = brute.substring(0, finEntetes).split("\r\n");
            Map<String, String> lues = new LinkedHashMap<>();
            for (int i = 1; i < lignes.length; i++) {
                int deuxPoints = lignes[i].indexOf(':');
                lues.merge(lignes[i].substring(0, deuxPoints).strip().toLowerCase(Locale.ROOT),
                        lignes[i].substring(deuxPoints + 1).strip(), (a, b) -> a + ", " + b);
            }
            String corps = brute.substring(finEntetes + 4);
            if ("chunked".equalsIgnoreCase(lues.get("transfer-encoding"))) {
                corps = sansMorceaux(corps);
            }
            return new ReponseBrute(Integer.parseInt(lignes[0].split(" ")[1]), lues,
                    new String(corps.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
        }
    }

    private static String sansMorceaux(String morceaux) {
        StringBuilder corps = new StringBuilder();
        int position = 0;
        while (true) {
            int finTaille = morceaux.indexOf("\r\n", position);
            int taille = Integer.parseInt(morceaux.substring(position, finTaille).strip(), 16);
            if (taille == 0) {
                return corps.toString();
            }
            corps.append(morceaux, finTaille + 2, finTaille + 2 + taille);
            position = finTaille + 2 + taille + 2;
        }
    }
}
