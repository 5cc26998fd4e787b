package fr.sne.drm.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.sne.drm.application.port.ClientDrm;
import fr.sne.drm.application.port.DrmIndisponibleException;
import fr.sne.drm.domaine.IdentiteDrm;
import fr.sne.drm.domaine.MoisRecu;
import fr.sne.drm.domaine.ReponseDrm;
import fr.sne.drm.simulateur.SimulateurDrm;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ClientDrm} over HTTP (the wire shape is the simulator's, {@link SimulateurDrm}): an OAuth2 client-credentials
 * token (kept until shortly before it expires), mutual TLS when a key store is given, a connect and a response
 * timeout; Resilience4j around each call as the portal's {@code Protection} does: a few retries with a growing
 * wait, or the wait the DRM asked for ({@code Retry-After}, up to {@code sne.drm.api.attente-maximale}), then a
 * circuit breaker that stops calling a DRM that keeps failing for a while. The real API when
 * {@code sne.drm.api.url} is set; otherwise the simulator when it runs; otherwise every call is "unavailable".
 */
@Component
class ClientDrmHttp implements ClientDrm {

    private static final Pattern NATURE = Pattern.compile("[A-Z0-9_]{1,12}");
    private static final BigDecimal MONTANT_MAXIMAL = new BigDecimal("9999999999.99");

    private final JsonMapper json;
    private final ObjectProvider<SimulateurDrm> simulateur;
    private final String url;
    private final String jetonUrl;
    private final String clientId;
    private final String secret;
    private final String portee;
    private final Duration delaiReponse;
    private final Duration attenteMaximale;
    private final Duration attente;
    private final HttpClient http;
    private final Retry retry;
    private final @Nullable CircuitBreaker disjoncteur;
    private volatile @Nullable Jeton jeton;

    ClientDrmHttp(JsonMapper json, ObjectProvider<SimulateurDrm> simulateur,
            @Value("${sne.drm.api.url:}") String url,
            @Value("${sne.drm.api.jeton-url:}") String jetonUrl,
            @Value("${sne.drm.api.client-id:}") String clientId,
            @Value("${sne.drm.api.secret:}") String secret,
            @Value("${sne.drm.api.portee:drm.ressources}") String portee,
            @Value("${sne.drm.api.magasin-cles:}") String magasinCles,
            @Value("${sne.drm.api.magasin-cles-mot-de-passe:}") String motDePasseCles,
            @Value("${sne.drm.api.magasin-confiance:}") String magasinConfiance,
            @Value("${sne.drm.api.magasin-confiance-mot-de-passe:}") String motDePasseConfiance,
            @Value("${sne.drm.api.delai-connexion:PT2S}") Duration delaiConnexion,
            @Value("${sne.drm.api.delai-reponse:PT5S}") Duration delaiReponse,
            @Value("${sne.drm.api.essais:3}") int essais,
            @Value("${sne.drm.api.attente-entre-essais:PT0.2S}") Duration attente,
            @Value("${sne.drm.api.attente-maximale:PT10S}") Duration attenteMaximale,
            @Value("${sne.drm.api.disjoncteur-appels-minimum:20}") int appelsMinimum,
            @Value("${sne.drm.api.disjoncteur-ouvert:PT30S}") Duration ouvert) {
        this.json = json;
        this.simulateur = simulateur;
        this.url = sansBarreFinale(url);
        this.jetonUrl = jetonUrl.isBlank() ? (this.url.isEmpty() ? "" : this.url + "/oauth2/token") : jetonUrl;
        this.clientId = clientId;
        this.secret = secret;
        this.portee = portee;
        this.delaiReponse = delaiReponse;
        this.attente = attente;
        this.attenteMaximale = attenteMaximale;
        HttpClient.Builder constructeur = HttpClient.newBuilder().connectTimeout(delaiConnexion)
                .version(HttpClient.Version.HTTP_1_1);
        if (!magasinCles.isBlank()) {
            constructeur.sslContext(tlsMutuel(magasinCles, motDePasseCles, magasinConfiance, motDePasseConfiance));
        }
        this.http = constructeur.build();
        this.retry = Retry.of("drm", RetryConfig.<ReponseDrm>custom()
                .maxAttempts(Math.max(1, essais))
                .retryOnException(e -> e instanceof DrmIndisponibleException d
                        && (d.reessayerApres() == null || d.reessayerApres().compareTo(attenteMaximale) <= 0))
                .intervalBiFunction((essai, resultat) -> {
                    if (resultat.isLeft() && resultat.getLeft() instanceof DrmIndisponibleException d
                            && d.reessayerApres() != null) {
                        return d.reessayerApres().toMillis();
                    }
                    return this.attente.toMillis() << Math.min(Math.max(0, essai - 1), 10);
                })
                .build());
        // 0 or less: no circuit breaker (the tests make the simulator fail on purpose, a breaker would then cut the
        // others' calls; a huge minimum instead would allocate a sliding window of that size)
        this.disjoncteur = appelsMinimum <= 0 ? null : CircuitBreaker.of("drm", CircuitBreakerConfig.custom()
                .slidingWindowSize(Math.max(appelsMinimum, 10)).minimumNumberOfCalls(appelsMinimum)
                .failureRateThreshold(50).waitDurationInOpenState(ouvert)
                .recordException(e -> e instanceof DrmIndisponibleException)
                .build());
    }

    @Override
    public ReponseDrm interroger(IdentiteDrm personne, YearMonth premier, YearMonth dernier) {
        try {
            java.util.function.Supplier<ReponseDrm> appel = () -> appeler(personne, premier, dernier);
            CircuitBreaker d = disjoncteur;
            return Retry.decorateSupplier(retry, d == null ? appel : CircuitBreaker.decorateSupplier(d, appel)).get();
        } catch (CallNotPermittedException e) {
            throw new DrmIndisponibleException("trop d'échecs récents du DRM : appels suspendus", null, e);
        }
    }

    /** The circuit breaker's state (CLOSED, OPEN…; "sans disjoncteur" without one), for the tests and logs. */
    String etat() {
        CircuitBreaker d = disjoncteur;
        return d == null ? "sans disjoncteur" : d.getState().name();
    }

    private ReponseDrm appeler(IdentiteDrm personne, YearMonth premier, YearMonth dernier) {
        Cible cible = cible();
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("nir", personne.nir());
        corps.put("nomNaissance", personne.nomNaissance());
        corps.put("prenoms", personne.prenoms());
        corps.put("dateNaissance", personne.dateNaissance().toString());
        corps.put("sexe", personne.sexe());
        corps.put("moisDebut", premier.toString());
        corps.put("moisFin", dernier.toString());
        HttpRequest requete = HttpRequest.newBuilder(URI.create(cible.url + "/v1/ressources-mensuelles"))
                .timeout(delaiReponse)
                .header("Authorization", "Bearer " + jeton(cible))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(corps)))
                .build();
        HttpResponse<byte[]> reponse = envoyer(requete);
        int statut = reponse.statusCode();
        if (statut == 200) {
            return lireReponse(reponse.body());
        }
        if (statut == 404) {
            return new ReponseDrm.Inconnue();
        }
        if (statut == 401) {
            jeton = null; // expired or revoked: a new one at the next try
        }
        if (statut == 429 || statut == 503) {
            throw new DrmIndisponibleException("DRM : HTTP " + statut, retryAfter(reponse), null);
        }
        throw new DrmIndisponibleException("DRM : HTTP " + statut);
    }

    private HttpResponse<byte[]> envoyer(HttpRequest requete) {
        try {
            return http.send(requete, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new DrmIndisponibleException("DRM : pas de réponse dans le délai", null, e);
        } catch (IOException e) {
            throw new DrmIndisponibleException("DRM injoignable : " + e.getClass().getSimpleName(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DrmIndisponibleException("appel DRM interrompu", null, e);
        }
    }

    /** The answer, checked field by field: anything off the contract is an unusable answer, not data. */
    private ReponseDrm lireReponse(byte[] corps) {
        try {
            JsonNode racine = json.readTree(corps);
            JsonNode i = racine.required("individu");
            IdentiteDrm identite = new IdentiteDrm(texte(i, "nir"), texte(i, "nomNaissance"), texte(i, "prenoms"),
                    LocalDate.parse(texte(i, "dateNaissance")), texte(i, "sexe"));
            List<MoisRecu> mois = new ArrayList<>();
            for (JsonNode m : racine.required("mois")) {
                List<MoisRecu.Montant> montants = new ArrayList<>();
                for (JsonNode r : m.required("ressources")) {
                    String nature = texte(r, "nature");
                    JsonNode valeur = r.required("montant");
                    BigDecimal montant = valeur.isNumber() ? valeur.decimalValue() : new BigDecimal(valeur.asString());
                    if (!NATURE.matcher(nature).matches() || montant.scale() > 2
                            || montant.abs().compareTo(MONTANT_MAXIMAL) > 0) {
                        throw new IllegalArgumentException("ligne hors contrat");
                    }
                    montants.add(new MoisRecu.Montant(nature, montant));
                }
                mois.add(new MoisRecu(YearMonth.parse(texte(m, "mois")), montants));
            }
            return new ReponseDrm.Trouvee(identite, mois);
        } catch (RuntimeException e) {
            throw new DrmIndisponibleException("DRM : réponse illisible", null, e);
        }
    }

    private static String texte(JsonNode noeud, String champ) {
        JsonNode v = noeud.required(champ);
        if (!v.isString()) {
            throw new IllegalArgumentException(champ + " n'est pas un texte");
        }
        return v.asString();
    }

    private static @Nullable Duration retryAfter(HttpResponse<?> reponse) {
        return reponse.headers().firstValue("Retry-After").map(v -> {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    // ---------------------------------------------------------------- token and target

    private record Cible(String url, String jetonUrl, String clientId, String secret) {
    }

    private record Jeton(String valeur, Instant expire) {
    }

    private Cible cible() {
        if (!url.isEmpty()) {
            return new Cible(url, jetonUrl, clientId, secret);
        }
        SimulateurDrm s = simulateur.getIfAvailable();
        if (s == null) {
            throw new DrmIndisponibleException("DRM non configuré (sne.drm.api.url) et simulateur arrêté");
        }
        return new Cible(s.url(), s.url() + "/oauth2/token", s.clientId(), s.secret());
    }

    private String jeton(Cible cible) {
        Jeton j = jeton;
        if (j != null && Instant.now().isBefore(j.expire())) {
            return j.valeur();
        }
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(cible.clientId, StandardCharsets.UTF_8)
                + ":" + URLEncoder.encode(cible.secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpRequest requete = HttpRequest.newBuilder(URI.create(cible.jetonUrl))
                .timeout(delaiReponse)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&scope="
                        + URLEncoder.encode(portee, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> reponse = envoyer(requete);
        if (reponse.statusCode() != 200) {
            throw new DrmIndisponibleException("DRM : jeton refusé (HTTP " + reponse.statusCode() + ")",
                    reponse.statusCode() == 429 ? retryAfter(reponse) : null, null);
        }
        try {
            JsonNode n = json.readTree(reponse.body());
            String valeur = texte(n, "access_token");
            long secondes = n.path("expires_in").asLong(300);
            Jeton nouveau = new Jeton(valeur, Instant.now().plusSeconds(Math.max(10, secondes - 30)));
            jeton = nouveau;
            return nouveau.valeur();
        } catch (RuntimeException e) {
            throw new DrmIndisponibleException("DRM : jeton illisible", null, e);
        }
    }

    private static String sansBarreFinale(String url) {
        String u = url.strip();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }

    private static SSLContext tlsMutuel(String magasinCles, String motDePasseCles, String magasinConfiance,
            String motDePasseConfiance) {
        try {
            KeyStore cles = charger(magasinCles, motDePasseCles);
            KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            km.init(cles, motDePasseCles.toCharArray());
            TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tm.init(magasinConfiance.isBlank() ? null : charger(magasinConfiance, motDePasseConfiance));
            SSLContext contexte = SSLContext.getInstance("TLS");
            contexte.init(km.getKeyManagers(), tm.getTrustManagers(), null);
            return contexte;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("TLS mutuel du client DRM : magasin de clés inutilisable", e);
        }
    }

    private static KeyStore charger(String chemin, String motDePasse) throws GeneralSecurityException, IOException {
        KeyStore magasin = KeyStore.getInstance("PKCS12");
        try (InputStream flux = Files.newInputStream(Path.of(chemin))) {
            magasin.load(flux, motDePasse.toCharArray());
        }
        return magasin;
    }
}
