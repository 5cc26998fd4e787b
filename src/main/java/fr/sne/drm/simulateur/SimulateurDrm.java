package fr.sne.drm.simulateur;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import fr.sne.drm.domaine.NatureDrm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The DRM's simulator: the JDK's HTTP server on the loopback, on {@code sne.drm.simulateur.port} (0: a free one).
 * <ul>
 * <li>{@code POST /oauth2/token}: OAuth2 client credentials (HTTP Basic {@code client-id:secret}, form
 * {@code grant_type=client_credentials}), a bearer token valid one hour;</li>
 * <li>{@code POST /v1/ressources-mensuelles} with that token and a JSON body {@code {nir, nomNaissance, prenoms,
 * dateNaissance, sexe, moisDebut, moisFin}}: 200 {@code {individu: {nir, nomNaissance, prenoms, dateNaissance,
 * sexe}, mois: [{mois, ressources: [{nature, montant}]}]}}, 404 {@code {code: "INDIVIDU_INCONNU"}}, 400 for a
 * malformed request, 401 without a valid token.</li>
 * </ul>
 * The person it returns is the one asked, written as the national registers write names (upper case, no accents),
 * with the sex the NIR gives. The resources are derived from a hash of the NIR: one to three natures of the list,
 * amounts stable from month to month within 10 %, sometimes a nature the registry does not collect. The NIR's order
 * number (its 11th to 13th digits) chooses the hard cases: see {@link Cas}.
 */
@Component
@ConditionalOnProperty(name = "sne.drm.simulateur.enabled", havingValue = "true")
public class SimulateurDrm implements InitializingBean, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(SimulateurDrm.class);

    /** A nature the simulated DRM gives but the registry does not collect (dropped when stored). */
    public static final String NATURE_NON_COLLECTEE = "X999";

    /** The hard cases, by the NIR's order number. */
    public enum Cas {
        /** 989: the DRM returns another birth date (a day later). */
        AUTRE_DATE_NAISSANCE("989"),
        /** 990: the DRM knows no such person (404). */
        INCONNU("990"),
        /** 991: the DRM returns another birth name. */
        AUTRE_NOM("991"),
        /** 992: months missing: only the last month asked has resources. */
        MOIS_MANQUANTS("992"),
        /** 993: answers after {@code sne.drm.simulateur.lenteur}, beyond the client's timeout. */
        LENT("993"),
        /** 994: always 500. */
        ERREUR_SERVEUR("994"),
        /** 995: always 429 with Retry-After: 1. */
        LIMITE("995"),
        /** 996: 429 with Retry-After: 1 on the first call for this NIR, then a normal answer. */
        LIMITE_UNE_FOIS("996"),
        /** 997: 200 with a body that is not the contract's JSON. */
        ILLISIBLE("997"),
        /** 998: 503 on the first three calls for this NIR, then a normal answer. */
        PANNE_PASSAGERE("998");

        private final String ordre;

        Cas(String ordre) {
            this.ordre = ordre;
        }

        /** The order number that chooses this case. */
        public String ordre() {
            return ordre;
        }

        static @Nullable Cas de(String nir) {
            String ordre = nir.substring(10, 13);
            for (Cas c : values()) {
                if (c.ordre.equals(ordre)) {
                    return c;
                }
            }
            return null;
        }
    }

    private final JsonMapper json;
    private final Resource fichierNatures;
    private final int portDemande;
    private final String clientId;
    private final String secret;
    private final Duration lenteur;
    private final Map<String, Instant> jetons = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> appelsParNir = new ConcurrentHashMap<>();
    private final AtomicLong appels = new AtomicLong();
    private List<NatureDrm> natures = List.of();
    private @Nullable HttpServer serveur;
    private @Nullable ExecutorService executeur;

    SimulateurDrm(JsonMapper json,
            @Value("${sne.drm.natures:classpath:referentiel/drm-natures.csv}") Resource fichierNatures,
            @Value("${sne.drm.simulateur.port:0}") int port,
            @Value("${sne.drm.simulateur.client-id:sne-local}") String clientId,
            @Value("${sne.drm.simulateur.secret:secret-du-simulateur}") String secret,
            @Value("${sne.drm.simulateur.lenteur:PT10S}") Duration lenteur) {
        this.json = json;
        this.fichierNatures = fichierNatures;
        this.portDemande = port;
        this.clientId = clientId;
        this.secret = secret;
        this.lenteur = lenteur;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        try (BufferedReader lecteur = new BufferedReader(
                new InputStreamReader(fichierNatures.getInputStream(), StandardCharsets.UTF_8))) {
            natures = NatureDrm.lireListe(lecteur);
        }
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), portDemande), 64);
        executeur = Executors.newVirtualThreadPerTaskExecutor();
        s.setExecutor(executeur);
        s.createContext("/oauth2/token", this::jeton);
        s.createContext("/v1/ressources-mensuelles", this::ressources);
        s.start();
        serveur = s;
        LOG.info("Simulateur DRM (données synthétiques) sur {}", url());
    }

    @Override
    public void destroy() {
        if (serveur != null) {
            serveur.stop(0);
        }
        if (executeur != null) {
            executeur.shutdownNow();
        }
    }

    /** The simulator's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        HttpServer s = serveur;
        if (s == null) {
            throw new IllegalStateException("simulateur DRM non démarré");
        }
        return "http://" + s.getAddress().getAddress().getHostAddress() + ":" + s.getAddress().getPort();
    }

    public String clientId() {
        return clientId;
    }

    public String secret() {
        return secret;
    }

    /** How many calls of the resources it has answered (any answer), for the benchmark. */
    public long appels() {
        return appels.get();
    }

    /** How many calls of the resources it has answered for this NIR, for the tests. */
    public int appelsPour(String nir) {
        AtomicInteger n = appelsParNir.get(nir);
        return n == null ? 0 : n.get();
    }

    // ---------------------------------------------------------------- token

    private void jeton(HttpExchange echange) throws IOException {
        try (echange) {
            if (!"POST".equals(echange.getRequestMethod())) {
                repondre(echange, 405, Map.of("error", "invalid_request"));
                return;
            }
            String attendu = "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
            if (!attendu.equals(echange.getRequestHeaders().getFirst("Authorization"))) {
                repondre(echange, 401, Map.of("error", "invalid_client"));
                return;
            }
            String corps = new String(lire(echange.getRequestBody(), 4096), StandardCharsets.UTF_8);
            Map<String, String> form = new HashMap<>();
            for (String paire : corps.split("&")) {
                int egal = paire.indexOf('=');
                if (egal > 0) {
                    form.put(URLDecoder.decode(paire.substring(0, egal), StandardCharsets.UTF_8),
                            URLDecoder.decode(paire.substring(egal + 1), StandardCharsets.UTF_8));
                }
            }
            if (!"client_credentials".equals(form.get("grant_type"))) {
                repondre(echange, 400, Map.of("error", "unsupported_grant_type"));
                return;
            }
            String jeton = UUID.randomUUID().toString();
            jetons.put(jeton, Instant.now().plus(Duration.ofHours(1)));
            repondre(echange, 200, Map.of("access_token", jeton, "token_type", "Bearer", "expires_in", 3600));
        }
    }

    // ---------------------------------------------------------------- resources

    private void ressources(HttpExchange echange) throws IOException {
        try (echange) {
            if (!"POST".equals(echange.getRequestMethod())) {
                repondre(echange, 405, Map.of("code", "METHODE"));
                return;
            }
            String autorisation = echange.getRequestHeaders().getFirst("Authorization");
            Instant expire = autorisation == null || !autorisation.startsWith("Bearer ") ? null
                    : jetons.get(autorisation.substring(7));
            if (expire == null || expire.isBefore(Instant.now())) {
                repondre(echange, 401, Map.of("code", "JETON_INVALIDE"));
                return;
            }
            appels.incrementAndGet();
            Demande d;
            try {
                d = Demande.de(json.readTree(lire(echange.getRequestBody(), 16_384)));
            } catch (RuntimeException e) {
                repondre(echange, 400, Map.of("code", "REQUETE_INVALIDE"));
                return;
            }
            Cas cas = Cas.de(d.nir);
            int rang = appelsParNir.computeIfAbsent(d.nir, n -> new AtomicInteger()).incrementAndGet();
            if (cas != null) {
                switch (cas) {
                    case INCONNU -> {
                        repondre(echange, 404, Map.of("code", "INDIVIDU_INCONNU"));
                        return;
                    }
                    case LENT -> {
                        try {
                            Thread.sleep(lenteur);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    case ERREUR_SERVEUR -> {
                        repondre(echange, 500, Map.of("code", "ERREUR_INTERNE"));
                        return;
                    }
                    case LIMITE -> {
                        limiter(echange);
                        return;
                    }
                    case LIMITE_UNE_FOIS -> {
                        if (rang == 1) {
                            limiter(echange);
                            return;
                        }
                    }
                    case ILLISIBLE -> {
                        byte[] corps = "<html>maintenance</html>".getBytes(StandardCharsets.UTF_8);
                        echange.getResponseHeaders().set("Content-Type", "application/json");
                        echange.sendResponseHeaders(200, corps.length);
                        echange.getResponseBody().write(corps);
                        return;
                    }
                    case PANNE_PASSAGERE -> {
                        if (rang <= 3) {
                            repondre(echange, 503, Map.of("code", "INDISPONIBLE"));
                            return;
                        }
                    }
                    default -> {
                        // the identity cases and the months missing answer below
                    }
                }
            }
            repondre(echange, 200, reponse(d, cas));
        }
    }

    private void limiter(HttpExchange echange) throws IOException {
        echange.getResponseHeaders().set("Retry-After", "1");
        repondre(echange, 429, Map.of("code", "TROP_DE_REQUETES"));
    }

    private Map<String, Object> reponse(Demande d, @Nullable Cas cas) {
        Map<String, Object> individu = new LinkedHashMap<>();
        individu.put("nir", d.nir);
        individu.put("nomNaissance", majuscules(d.nomNaissance) + (cas == Cas.AUTRE_NOM ? "E" : ""));
        individu.put("prenoms", majuscules(d.prenoms));
        individu.put("dateNaissance", (cas == Cas.AUTRE_DATE_NAISSANCE ? d.dateNaissance.plusDays(1)
                : d.dateNaissance).toString());
        individu.put("sexe", d.nir.charAt(0) == '1' ? "M" : d.nir.charAt(0) == '2' ? "F" : "");
        List<Map<String, Object>> mois = new ArrayList<>();
        for (YearMonth m = d.moisFin; !m.isBefore(d.moisDebut); m = m.minusMonths(1)) {
            if (cas == Cas.MOIS_MANQUANTS && !m.equals(d.moisFin)) {
                continue;
            }
            mois.add(Map.of("mois", m.toString(), "ressources", ressourcesDuMois(d.nir, m)));
        }
        return Map.of("individu", individu, "mois", mois);
    }

    /** The synthetic resources of a NIR for a month: stable per NIR, varying a little per month. */
    List<Map<String, Object>> ressourcesDuMois(String nir, YearMonth mois) {
        SplittableRandom personne = new SplittableRandom(graine(nir));
        int combien = 1 + personne.nextInt(3);
        List<Map<String, Object>> lignes = new ArrayList<>();
        SplittableRandom duMois = new SplittableRandom(graine(nir) ^ (mois.getYear() * 31L + mois.getMonthValue()));
        for (int i = 0; i < combien; i++) {
            NatureDrm nature = natures.get(personne.nextInt(natures.size()));
            double base = i == 0 ? 600 + personne.nextInt(2400) : 50 + personne.nextInt(600);
            double montant = base * (0.9 + 0.2 * duMois.nextDouble());
            lignes.add(Map.of("nature", nature.code(),
                    "montant", BigDecimal.valueOf(montant).setScale(2, RoundingMode.HALF_UP)));
        }
        if (personne.nextInt(5) == 0) {
            lignes.add(Map.of("nature", NATURE_NON_COLLECTEE, "montant", new BigDecimal("42.00")));
        }
        return lignes;
    }

    private static long graine(String nir) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(nir.getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.wrap(h).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String majuscules(String texte) {
        return fr.sne.commun.NormalisationTexte.ascii(texte);
    }

    private void repondre(HttpExchange echange, int statut, Object corps) throws IOException {
        byte[] octets = json.writeValueAsBytes(corps);
        echange.getResponseHeaders().set("Content-Type", "application/json");
        echange.sendResponseHeaders(statut, octets.length);
        try (OutputStream sortie = echange.getResponseBody()) {
            sortie.write(octets);
        }
    }

    private static byte[] lire(InputStream flux, int maximum) throws IOException {
        byte[] octets = flux.readNBytes(maximum + 1);
        if (octets.length > maximum) {
            throw new IllegalArgumentException("corps trop long");
        }
        return octets;
    }

    /** A request, checked: a malformed one is answered 400. */
    private record Demande(String nir, String nomNaissance, String prenoms, LocalDate dateNaissance,
            YearMonth moisDebut, YearMonth moisFin) {

        static Demande de(JsonNode n) {
            String nir = n.get("nir").asString();
            if (!nir.matches("[0-9]{5}[0-9AB][0-9]{9}")) {
                throw new IllegalArgumentException("nir");
            }
            YearMonth debut = YearMonth.parse(n.get("moisDebut").asString());
            YearMonth fin = YearMonth.parse(n.get("moisFin").asString());
            if (fin.isBefore(debut) || debut.plusMonths(12).isBefore(fin)) {
                throw new IllegalArgumentException("mois");
            }
            return new Demande(nir, n.get("nomNaissance").asString(), n.get("prenoms").asString(),
                    LocalDate.parse(n.get("dateNaissance").asString()), debut, fin);
        }
    }
}
