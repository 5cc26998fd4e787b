import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lean load generator for POST /v1.0/demandes: C clients (one thread and one keep-alive connection each, one
 * request at a time, {@link ConnexionHttp}), each demande a distinct person (fresh birth name) and a fresh
 * Idempotency-Key, spread over the given guichets. Requests are built before the clock starts (bodies, headers,
 * keys: the clients only send); a warm-up phase is not counted.
 * Prints throughput, latency percentiles, status counts and this program's own CPU over the measured phase (process
 * CPU seconds, and their share of the machine's cores), so that a reader sees what the load generator took from the
 * server it shares the machine with; run it under {@code nice}. Java 25 source program (the launcher compiles
 * ConnexionHttp.java beside it), standard library only:
 *
 *   nice -n 10 java bench/ecriture/ChargeEnregistrement.java --base http://localhost:8097 --n 20000 --c 16
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
        if (echauffement > 0) {
            lancer(URI.create(base), requetes(base, jetons, corps(modele, prefixe + "x", echauffement)), c, 201);
        }
        mesurer(URI.create(base), requetes(base, jetons, corps(modele, prefixe + "y", n)), c, 201);
    }

    /** Latencies of the expected answers only (201 here); every status counted. */
    record Resultat(double secondes, long[] latences, Map<Integer, Integer> statuts, int attendu) {

        int reussies() {
            return statuts.getOrDefault(attendu, 0);
        }

        /** The line the benches' scripts read (bench/resultat.py), with this program's CPU over the phase. */
        void imprimer(int c, double cpu) {
            int coeurs = Runtime.getRuntime().availableProcessors();
            long[] l = latences.clone();
            Arrays.sort(l);
            System.out.printf(java.util.Locale.ROOT, "requetes=%d clients=%d duree=%.2fs debit=%.1f/s p50=%.2fms "
                    + "p95=%.2fms p99=%.2fms max=%.1fms statuts=%s cpu=%.2fs cpu_part=%.1f%% coeurs=%d%n",
                    statuts.values().stream().mapToInt(Integer::intValue).sum(), c, secondes, reussies() / secondes,
                    ms(l, 50), ms(l, 95), ms(l, 99), l[l.length - 1] / 1e6, statuts, cpu,
                    100 * cpu / (secondes * coeurs), coeurs);
        }
    }

    /**
     * Runs the requests by C clients and measures this process's CPU over the run; with {@code SNE_BENCH_JVM} and
     * {@code SNE_BENCH_POSTMASTER} (process ids, bench/application.sh exports them), also the CPU the server's JVM
     * and PostgreSQL (the postmaster and its backends) spent over the same phase, per expected answer.
     */
    static Resultat mesurer(URI base, List<byte[]> requetes, int c, int attendu) throws InterruptedException {
        System.gc();
        var systeme = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String jvm = System.getenv("SNE_BENCH_JVM");
        String postmaster = System.getenv("SNE_BENCH_POSTMASTER");
        long jvm0 = jvm == null ? 0 : CpuProcessus.tics(jvm, false);
        long pg0 = postmaster == null ? 0 : CpuProcessus.tics(postmaster, true);
        long cpu0 = systeme.getProcessCpuTime();
        Resultat r = lancer(base, requetes, c, attendu);
        double cpu = (systeme.getProcessCpuTime() - cpu0) / 1e9;
        if (jvm != null && postmaster != null && r.reussies() > 0) {
            double msJvm = (CpuProcessus.tics(jvm, false) - jvm0) * 1000.0 / CpuProcessus.HERTZ / r.reussies();
            double msPg = (CpuProcessus.tics(postmaster, true) - pg0) * 1000.0 / CpuProcessus.HERTZ / r.reussies();
            System.out.printf(java.util.Locale.ROOT, "serveur cpu_jvm_ms=%.3f cpu_pg_ms=%.3f%n", msJvm, msPg);
        }
        r.imprimer(c, cpu);
        return r;
    }

    /** CPU time of processes from /proc (Linux), in clock ticks. */
    static final class CpuProcessus {

        /** USER_HZ: 100 on every Linux architecture the benches run on. */
        static final int HERTZ = 100;

        /**
         * A process's user + system time; with {@code etSesEnfants}, plus its exited children's and its living
         * children's (a postmaster's backends).
         */
        static long tics(String pid, boolean etSesEnfants) {
            long[] propre = stat(pid);
            if (propre.length == 0) {
                return 0;
            }
            long total = propre[0] + propre[1];
            if (etSesEnfants) {
                total += propre[2] + propre[3];
                java.io.File[] dossiers = new java.io.File("/proc").listFiles((d, n) -> n.chars().allMatch(Character::isDigit));
                for (java.io.File d : dossiers == null ? new java.io.File[0] : dossiers) {
                    long[] enfant = stat(d.getName());
                    if (enfant.length == 5 && enfant[4] == Long.parseLong(pid)) {
                        total += enfant[0] + enfant[1];
                    }
                }
            }
            return total;
        }

        /** utime, stime, cutime, cstime, ppid of a process (empty when it is gone). */
        private static long[] stat(String pid) {
            try {
                String ligne = Files.readString(Path.of("/proc", pid, "stat"));
                String[] champs = ligne.substring(ligne.lastIndexOf(')') + 2).split(" ");
                // after the command: state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
                return new long[] {Long.parseLong(champs[11]), Long.parseLong(champs[12]), Long.parseLong(champs[13]),
                        Long.parseLong(champs[14]), Long.parseLong(champs[1])};
            } catch (java.io.IOException | RuntimeException e) {
                return new long[0];
            }
        }
    }

    /** Every request built before the clock (its bytes, headers and key included): a client only sends. */
    static List<byte[]> requetes(String base, List<String> jetons, List<String> corps) {
        URI uri = URI.create(base);
        List<byte[]> requetes = new ArrayList<>(corps.size());
        for (int i = 0; i < corps.size(); i++) {
            Map<String, String> enTetes = new LinkedHashMap<>();
            enTetes.put("Authorization", "Bearer " + jetons.get(i % jetons.size()));
            enTetes.put("Content-Type", "application/json");
            enTetes.put("Idempotency-Key", UUID.randomUUID().toString());
            requetes.add(ConnexionHttp.requete("POST", uri, "/v1.0/demandes", enTetes,
                    corps.get(i).getBytes(StandardCharsets.UTF_8)));
        }
        return requetes;
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

    static Resultat lancer(URI base, List<byte[]> requetes, int c, int attendu) throws InterruptedException {
        long[] latences = new long[requetes.size()];
        int[] statuts = new int[requetes.size()];
        AtomicInteger suivant = new AtomicInteger();
        List<Thread> clients = new ArrayList<>();
        long debut = System.nanoTime();
        for (int t = 0; t < c; t++) {
            clients.add(Thread.ofPlatform().start(() -> {
                try (ConnexionHttp connexion = new ConnexionHttp(base)) {
                    for (int i = suivant.getAndIncrement(); i < requetes.size(); i = suivant.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        try {
                            statuts[i] = connexion.envoyer(requetes.get(i));
                        } catch (IOException e) {
                            statuts[i] = -1;
                        }
                        latences[i] = System.nanoTime() - t0;
                    }
                }
            }));
        }
        for (Thread client : clients) {
            client.join();
        }
        double secondes = (System.nanoTime() - debut) / 1e9;
        Map<Integer, Integer> compte = new TreeMap<>();
        int reussies = 0;
        for (int s : statuts) {
            compte.merge(s, 1, Integer::sum);
            reussies += s == attendu ? 1 : 0;
        }
        long[] latencesAttendues = new long[reussies];
        for (int i = 0, j = 0; i < statuts.length; i++) {
            if (statuts[i] == attendu) {
                latencesAttendues[j++] = latences[i];
            }
        }
        return new Resultat(secondes, reussies > 0 ? latencesAttendues : latences, compte, attendu);
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
