package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript over HTTP, for the portal's security tests: its own cookies, redirects followed one by
 * one (the last answer and the addresses visited are kept), forms posted with the CSRF token of the last page read.
 */
public final class NavigateurHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String origine;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String dernierePage = "";

    public NavigateurHttp(int port) {
        this.origine = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public CookieManager cookies() {
        return cookies;
    }

    /** GET, following redirects; @return the last answer */
    public HttpResponse<String> get(String chemin) {
        return suivre(envoyer(HttpRequest.newBuilder(uri(chemin)).header("Accept", "text/html").GET().build()));
    }

    /** GET without following a redirect */
    public HttpResponse<String> getSansSuivre(String chemin) {
        return envoyer(HttpRequest.newBuilder(uri(chemin)).header("Accept", "text/html").GET().build());
    }

    /** POST of a form, with the CSRF token of the last page read unless {@code _csrf} is given; not followed */
    public HttpResponse<String> post(String chemin, Map<String, String> champs) {
        return envoyerFormulaire("POST", chemin, champs, true);
    }

    /** A form sent with this method, without any CSRF token */
    public HttpResponse<String> envoyerSansJeton(String methode, String chemin, Map<String, String> champs) {
        return envoyerFormulaire(methode, chemin, champs, false);
    }

    /** The request with this method, with the CSRF token of the last page read; not followed */
    public HttpResponse<String> envoyerFormulaire(String methode, String chemin, Map<String, String> champs,
            boolean jeton) {
        Map<String, String> corps = new LinkedHashMap<>(champs);
        if (jeton && !corps.containsKey("_csrf")) {
            corps.put("_csrf", jetonCsrf());
        }
        return envoyer(HttpRequest.newBuilder(uri(chemin)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(methode, HttpRequest.BodyPublishers.ofString(formulaire(corps))).build());
    }

    /** Follows the redirects of an answer (GET each time, as a browser after a POST). */
    public HttpResponse<String> suivre(HttpResponse<String> reponse) {
        HttpResponse<String> courante = reponse;
        for (int i = 0; i < 15 && courante.statusCode() / 100 == 3; i++) {
            URI suivante = courante.uri().resolve(courante.headers().firstValue("Location").orElseThrow());
            courante = envoyer(HttpRequest.newBuilder(suivante).header("Accept", "text/html").GET().build());
        }
        return courante;
    }

    /**
     * Signs in at the embedded provider from the path given (which asks for a sign-in): its login form, then back.
     *
     * @return the answer at the end of the redirects
     */
    public HttpResponse<String> connecter(String depuis, String identifiant, String motDePasse) {
        HttpResponse<String> connexion = get(depuis);
        assertThat(connexion.uri().getPath()).as(connexion.body()).isEqualTo("/login");
        return suivre(post("/login", Map.of("username", identifiant, "password", motDePasse)));
    }

    /** @return the CSRF token of the last page read */
    public String jetonCsrf() {
        Matcher m = CSRF.matcher(dernierePage);
        assertThat(m.find()).as("a form with a CSRF token on the last page: " + dernierePage).isTrue();
        return m.group(1);
    }

    private HttpResponse<String> envoyer(HttpRequest requete) {
        try {
            HttpResponse<String> reponse = http.send(requete, HttpResponse.BodyHandlers.ofString());
            if (reponse.statusCode() == 200 && reponse.body() != null && reponse.body().contains("_csrf")) {
                dernierePage = reponse.body();
            }
            return reponse;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String chemin) {
        return URI.create(chemin.startsWith("http") ? chemin : origine + chemin);
    }

    private static String formulaire(Map<String, String> champs) {
        return champs.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
