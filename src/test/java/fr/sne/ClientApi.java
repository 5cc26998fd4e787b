package fr.sne;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for integration tests: gets a bearer token for a demo API client and calls the API on
 * the random port, as a vendor's software would.
 */
public final class ClientApi {

    private static final Map<String, String> JETONS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;

    public ClientApi(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Reponse(int statut, Map<String, String> entetes, byte[] corps, JsonMapper lecteur) {

        public JsonNode json() {
            return lecteur.readTree(corps);
        }

        public String texte() {
            return new String(corps, StandardCharsets.UTF_8);
        }

        public String entete(String nom) {
            return entetes.get(nom.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A token of the demo client {@code demo-<guichet in lower case>}, cached per base URL and guichet. */
    public String jeton(String guichet) {
        String client = "demo-" + guichet.toLowerCase(java.util.Locale.ROOT);
        return JETONS.computeIfAbsent(base + client, k -> {
            String basic = Base64.getEncoder().encodeToString((client + ":" + client + "-secret")
                    .getBytes(StandardCharsets.UTF_8));
            Reponse r = envoyer(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            if (r.statut() != 200) {
                throw new IllegalStateException("jeton refusé pour " + client + " : " + r.texte());
            }
            return r.json().get("access_token").asString();
        });
    }

    public Reponse get(String guichet, String chemin) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin)).GET();
        if (guichet != null) {
            requete.header("Authorization", "Bearer " + jeton(guichet));
        }
        return envoyer(requete);
    }

    public Reponse post(String guichet, String chemin, Object corps, String cleIdempotence) {
        String texte = corps instanceof String s ? s : json.writeValueAsString(corps);
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(texte));
        if (guichet != null) {
            requete.header("Authorization", "Bearer " + jeton(guichet));
        }
        if (cleIdempotence != null) {
            requete.header("Idempotency-Key", cleIdempotence);
        }
        return envoyer(requete);
    }

    /** Any method with a JSON body (or none) and extra headers, e.g. {@code PUT} with {@code If-Match}. */
    public Reponse envoyer(String methode, String guichet, String chemin, Object corps, Map<String, String> entetes) {
        String texte = corps == null ? null : corps instanceof String s ? s : json.writeValueAsString(corps);
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin))
                .method(methode, texte == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(texte));
        if (texte != null) {
            requete.header("Content-Type", "application/json");
        }
        if (guichet != null) {
            requete.header("Authorization", "Bearer " + jeton(guichet));
        }
        entetes.forEach(requete::header);
        return envoyer(requete);
    }

    /** Any request: method, headers and raw body (null for none) as a hostile client would send them. */
    public Reponse requete(String methode, String guichet, String chemin, Map<String, String> entetes,
            String corps) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin)).method(methode,
                corps == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(corps));
        if (guichet != null) {
            requete.header("Authorization", "Bearer " + jeton(guichet));
        }
        entetes.forEach(requete::header);
        return envoyer(requete);
    }

    /**
     * A request whose header fields may repeat (two {@code Idempotency-Key} lines, two {@code If-Match} lines), as a
     * careless or hostile client sends them: each entry is one header line, in order.
     */
    public Reponse requete(String methode, String guichet, String chemin, java.util.List<Map.Entry<String, String>> lignes,
            String corps) {
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin)).method(methode,
                corps == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(corps));
        if (guichet != null) {
            requete.header("Authorization", "Bearer " + jeton(guichet));
        }
        lignes.forEach(ligne -> requete.header(ligne.getKey(), ligne.getValue()));
        return envoyer(requete);
    }

    /** A part of a multipart/form-data body: a field (no file name) or a file. */
    public record Partie(String nom, String nomFichier, String type, byte[] contenu) {

        /** A text field. */
        public static Partie champ(String nom, String valeur) {
            return new Partie(nom, null, null, valeur.getBytes(StandardCharsets.UTF_8));
        }

        /** A file with its name and declared type (either may be null). */
        public static Partie fichier(String nom, String nomFichier, String type, byte[] contenu) {
            return new Partie(nom, nomFichier, type, contenu);
        }
    }

    /** A POST of a multipart/form-data body made of these parts. */
    public Reponse multipart(String guichet, String chemin, java.util.List<Partie> parties) {
        return multipart(guichet, chemin, parties, Map.of());
    }

    /** The same with extra header fields. */
    public Reponse multipart(String guichet, String chemin, java.util.List<Partie> parties,
            Map<String, String> entetes) {
        String frontiere = "----sne" + java.util.UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream corps = new java.io.ByteArrayOutputStream();
        for (Partie p : parties) {
            StringBuilder entete = new StringBuilder("--").append(frontiere).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(p.nom()).append('"');
            if (p.nomFichier() != null) {
                entete.append("; filename=\"").append(p.nomFichier()).append('"');
            }
            entete.append("\r\n");
            if (p.type() != null) {
                entete.append("Content-Type: ").append(p.type()).append("\r\n");
            }
            entete.append("\r\n");
            corps.writeBytes(entete.toString().getBytes(StandardCharsets.UTF_8));
            corps.writeBytes(p.contenu());
            corps.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        corps.writeBytes(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder requete = HttpRequest.newBuilder(URI.create(base + chemin))
                .header("Content-Type", "multipart/form-data; boundary=" + frontiere)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corps.toByteArray()));
        entetes.forEach(requete::header);
        if (guichet != null) {
            requete.header("Authorization", "Bearer " + jeton(guichet));
        }
        return envoyer(requete);
    }

    private Reponse envoyer(HttpRequest.Builder requete) {
        try {
            HttpResponse<byte[]> reponse = http.send(requete.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> entetes = new LinkedHashMap<>();
            reponse.headers().map().forEach((nom, valeurs) -> entetes.put(nom.toLowerCase(java.util.Locale.ROOT),
                    String.join(",", valeurs)));
            return new Reponse(reponse.statusCode(), entetes, reponse.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
