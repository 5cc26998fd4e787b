import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lean load generator for POST /v1.0/demandes: C clients (one thread each, one request at a time), each demande
 * a distinct person (fresh birth name) and a fresh Idempotency-Key, spread over the given guichets. Bodies are
 * built before the clock starts; a warm-up phase is not counted. Prints throughput, latency percentiles and
 * status counts. Java 25 single-file program, standard library only:
 *
 *   java bench/ecriture/ChargeEnregistrement.java --base http://localhost:8097 --n 20000 --c 16
 */
public class ChargeEnregistrement {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new TreeMap<>(Map.of("--base", "http://localhost:8097", "--n", "20000",
                "--c", "16", "--echauffement", "2000", "--clients", "demo-g5901,demo-g5902",
                "--modele", "docs/exemples/demande-nord.json"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        String base = o.get("--base");
        int n = Integer.parseInt(o.get("--n"));
        int c = Integer.parseInt(o.get("--c"));
        int echauffement = Integer.parseInt(o.get("--echauffement"));
        String modele = Files.readString(Path.of(o.get("--modele")));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> jetons = new ArrayList<>();
        for (String client : o.get("--clients").split(",")) {
            jetons.add(jeton(http, base, client, client + "-secret"));
        }
        String prefixe = "Bench" + lettres((int) (System.nanoTime() % 1_000_000_000L));
        lancer(http, base, jetons, corps(modele, prefixe + "x", echauffement), c);
        Resultat r = lancer(http, base, jetons, corps(modele, prefixe + "y", n), c);
        long[] l = r.latences();
        Arrays.sort(l);
        System.out.printf("requetes=%d clients=%d duree=%.2fs debit=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms statuts=%s%n",
                n, c, r.secondes(), n / r.secondes(), ms(l, 50), ms(l, 95), ms(l, 99), l[l.length - 1] / 1e6,
                r.statuts());
    }

    record Resultat(double secondes, long[] latences, Map<Integer, Integer> statuts) {
    }

    static double ms(long[] triees, double p) {
        return triees[(int) Math.min(triees.length - 1, Math.round(p / 100 * (triees.length - 1)))] / 1e6;
    }

    /** Distinct bodies: the birth name carries a per-run prefix and the index, letters only. */
    static List<String> corps(String modele, String prefixe, int n) {
        Matcher m = Pattern.compile("\"nomNaissance\"\\s*:\\s*\"[^\"]*\"").matcher(modele);
        if (!m.find()) {
            throw new IllegalArgumentException("nomNaissance absent du modèle");
        }
        List<String> corps = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String nom = prefixe + lettres(i);
            corps.add(modele.substring(0, m.start()) + "\"nomNaissance\": \"" + nom + "\"" + modele.substring(m.end()));
        }
        return corps;
    }

    static String lettres(int i) {
        StringBuilder s = new StringBuilder();
        do {
            s.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return s.toString();
    }

    static Resultat lancer(HttpClient http, String base, List<String> jetons, List<String> corps, int c)
            throws InterruptedException {
        long[] latences = new long[corps.size()];
        int[] statuts = new int[corps.size()];
        AtomicInteger suivant = new AtomicInteger();
        URI uri = URI.create(base + "/v1.0/demandes");
        List<Thread> clients = new ArrayList<>();
        long debut = System.nanoTime();
        for (int t = 0; t < c; t++) {
            String jeton = jetons.get(t % jetons.size());
            clients.add(Thread.ofPlatform().start(() -> {
                for (int i = suivant.getAndIncrement(); i < corps.size(); i = suivant.getAndIncrement()) {
                    HttpRequest requete = HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + jeton)
                            .header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString())
                            .POST(HttpRequest.BodyPublishers.ofString(corps.get(i), StandardCharsets.UTF_8))
                            .build();
                    long t0 = System.nanoTime();
                    try {
                        statuts[i] = http.send(requete, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        statuts[i] = -1;
                    }
                    latences[i] = System.nanoTime() - t0;
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        double secondes = (System.nanoTime() - debut) / 1e9;
        Map<Integer, Integer> compte = new TreeMap<>();
        for (int s : statuts) {
            compte.merge(s, 1, Integer::sum);
        }
        return new Resultat(secondes, latences, compte);
    }

    static String jeton(HttpClient http, String base, String client, String secret) throws Exception {
        HttpRequest requete = HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build();
        String reponse = http.send(requete, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(reponse);
        if (!m.find()) {
            throw new IllegalStateException("pas de jeton pour " + client + " : " + reponse);
        }
        return m.group(1);
    }
}
