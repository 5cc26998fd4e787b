package fr.sne.api;

import static fr.sne.bench.LigneResultat.nombre;
import static fr.sne.bench.LigneResultat.json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Cost of one rate-limit decision: the former per-instance in-memory window, Bucket4j on PostgreSQL asked on
 * every request, and the shared bucket with a local front taking tokens by batches; with the bare SQL of one
 * Bucket4j visit as a baseline. Not a test: run by hand (see {@code bench/README.md}) on an embedded PostgreSQL, or
 * in the suite ({@code SNE_BENCH_SUITE=1}) on the suite's database ({@code SNE_BENCH_JDBC}, the password of
 * {@code PGPASSFILE}), whose {@code limite_debit} rows of the bench's keys are deleted at the end. Prints the final
 * design's decision as {@code RESULTAT} lines (contract in bench/README.md).
 */
public final class LimiteurDebitBench {

    private static final boolean SUITE = "1".equals(System.getenv("SNE_BENCH_SUITE"));
    /** Fewer operations and rounds for the suite's quick look. */
    private static final boolean RAPIDE = "1".equals(System.getenv("SNE_BENCH_RAPIDE"));
    /** Every key of the bench begins so, to tell its rows from the application's in a shared database. */
    private static final String PREFIXE = "bench-limite-";

    /** So large that every decision is a grant: the bench measures the path of an ordinary request. */
    private static final int QUOTA = 2_000_000_000;

    private static final int TOURS = RAPIDE ? 3 : 5;

    /** The former limiter (before the shared quota): a fixed window per key, in this instance's memory. */
    static final class FenetreFixe {

        private record Fenetre(long numero, int utilisees) {
        }

        private final int limite;
        private final long dureeMillis;
        private final Clock horloge;
        private final ConcurrentMap<String, Fenetre> fenetres = new ConcurrentHashMap<>();

        FenetreFixe(int limite, Duration fenetre, Clock horloge) {
            this.limite = limite;
            this.dureeMillis = fenetre.toMillis();
            this.horloge = horloge;
        }

        boolean prendre(String cle) {
            long numero = horloge.millis() / dureeMillis;
            Fenetre fenetre = fenetres.compute(cle, (k, actuelle) -> actuelle == null || actuelle.numero() != numero
                    ? new Fenetre(numero, 1)
                    : new Fenetre(numero, actuelle.utilisees() + 1));
            return fenetre.utilisees() <= limite;
        }
    }

    @FunctionalInterface
    interface Operation {
        boolean executer(String cle) throws Exception;
    }

    public static void main(String[] arguments) throws Exception {
        int fils = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 4;
        Clock horloge = Clock.systemUTC();
        Duration fenetre = Duration.ofMinutes(1);
        if (SUITE) {
            try (HikariDataSource source = poolSuite(fils)) {
                try {
                    mesurer(source, fils, horloge, fenetre);
                } finally {
                    try (Connection connexion = source.getConnection();
                            PreparedStatement effacement = connexion.prepareStatement(
                                    "delete from limite_debit where cle like ?")) {
                        effacement.setString(1, PREFIXE + "%");
                        effacement.executeUpdate();
                    }
                }
            }
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                HikariDataSource source = pool(postgres, fils)) {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            mesurer(source, fils, horloge, fenetre);
        }
    }

    private static void mesurer(HikariDataSource source, int fils, Clock horloge, Duration fenetre) throws Exception {
        FenetreFixe memoire = new FenetreFixe(QUOTA, fenetre, horloge);
        LimiteurDebit chaqueRequete = LimiteurDebit.partage(QUOTA, fenetre, horloge, source, 1);
        int lot = LimiteurDebit.lotParDefaut(1200);
        LimiteurDebit parLots = LimiteurDebit.partage(QUOTA, fenetre, horloge, source, lot);
        Operation sqlNu = cle -> visiteSql(source, cle);
        sqlNu.executer(PREFIXE + "sql");
        jdbcSelect1(source);

        String[] noms = {"(a) in-memory fixed window (former limiter)",
            "baseline: bare SQL select 1 (one round trip)",
            "baseline: bare SQL of one visit (for update+update+commit)",
            "(b) Bucket4j PostgreSQL on every request",
            "(c) shared bucket + local front, lot " + lot + " (final)"};
        Operation[] operations = {memoire::prendre, cle -> jdbcSelect1(source), sqlNu,
            cle -> chaqueRequete.prendre(cle).accordee(), cle -> parLots.prendre(cle).accordee()};
        int[] tailles = {2_000_000, 4_000, 2_000, 2_000, 60_000};
        if (RAPIDE) {
            for (int v = 0; v < tailles.length; v++) {
                tailles[v] /= 4;
            }
        }
        // rounds interleave the variants so that a change of load on the machine touches them all alike
        double[][][] mesures = new double[noms.length][2][TOURS];
        for (int tour = 0; tour < TOURS; tour++) {
            for (int v = 0; v < noms.length; v++) {
                double[] m = mesurer(noms[v], operations[v], tailles[v], fils);
                mesures[v][0][tour] = m[0];
                mesures[v][1][tour] = m[1];
            }
        }
        System.out.printf(Locale.ROOT, "Rate-limit decision cost, %s on loopback, %d cores, median of %d interleaved"
                + " rounds%n", SUITE ? "the suite's PostgreSQL" : "embedded PostgreSQL",
                Runtime.getRuntime().availableProcessors(), TOURS);
        System.out.printf(Locale.ROOT, "%-58s %12s %12s%n", "", "1 thread", fils + " threads");
        double[][] medianes = new double[noms.length][];
        for (int v = 0; v < noms.length; v++) {
            medianes[v] = new double[] {mediane(mesures[v][0]), mediane(mesures[v][1])};
            System.out.printf(Locale.ROOT, "%-58s %9.0f ns %9.0f ns%n", noms[v], medianes[v][0], medianes[v][1]);
        }
        double[] a = medianes[0];
        double[] s1 = medianes[1];
        double[] s = medianes[2];
        double[] b = medianes[3];
        double[] c = medianes[4];
        String centiles = repartition("(c) one decision, 1 thread: percentiles",
                cle -> parLots.prendre(cle).accordee(), RAPIDE ? 12_000 : 48_000);
        System.out.println();
        System.out.printf(Locale.ROOT, "ratios (1 thread / %d threads):%n", fils);
        ratio("(b) / (a)", b, a);
        ratio("(c) / (a)", c, a);
        ratio("(b) / bare SQL visit", b, s);
        ratio("(c) / (b)", c, b);
        ratio("bare SQL visit / select 1", s, s1);
        // the baseline: the bare SQL the final design cannot avoid, one visit to the shared bucket for each batch
        // of decisions, so the visit's time divided by the batch; the whole visit, select 1 and the other variants
        // in the details
        String[] concurrence = {"1 thread", fils + " threads on one key (one busy guichet)"};
        for (int i = 0; i < 2; i++) {
            resultat("one rate-limit decision, final design (shared bucket + local front, batches of " + lot
                    + "), " + concurrence[i], c[i] / 1000, "µs", "temps",
                    "bare SQL of one Bucket4j visit (select for update, update, commit) shared by the " + lot
                            + " decisions of a batch (visit ÷ " + lot + "), " + concurrence[i], s[i] / lot / 1000,
                    String.format(Locale.ROOT, "median of %d rounds; one bare visit %.0f µs; select 1 %.0f µs;"
                            + " (b) Bucket4j asked on every request %.0f µs; (a) former in-memory window %.2f µs%s;"
                            + " %s", TOURS, s[i] / 1000, s1[i] / 1000, b[i] / 1000, a[i] / 1000,
                            i == 0 ? "; one decision " + centiles : "",
                            SUITE ? "the suite's PostgreSQL" : "embedded PostgreSQL"));
        }
    }

    /** The suite's database: {@code SNE_BENCH_JDBC}, user postgres, the password of {@code PGPASSFILE}. */
    private static HikariDataSource poolSuite(int fils) throws Exception {
        String ligne = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getenv("PGPASSFILE")))
                .getFirst().strip();
        HikariConfig configuration = new HikariConfig();
        configuration.setJdbcUrl(System.getenv("SNE_BENCH_JDBC"));
        configuration.setUsername("postgres");
        configuration.setPassword(ligne.substring(ligne.lastIndexOf(':') + 1));
        configuration.setMaximumPoolSize(Math.max(2, fils));
        return new HikariDataSource(configuration);
    }

    /** One figure, as the suite reads it (bench/README.md). */
    private static void resultat(String mesure, double valeur, String unite, String sens, String base,
            double valeurBase, String details) {
        System.out.println("RESULTAT {\"bench\":\"limite-debit\",\"mesure\":" + json(mesure) + ",\"valeur\":"
                + nombre(valeur) + ",\"unite\":" + json(unite) + ",\"sens\":\"" + sens + "\",\"base\":"
                + json(base) + ",\"valeurBase\":" + nombre(valeurBase) + ",\"details\":" + json(details) + "}");
    }



    private static HikariDataSource pool(EmbeddedPostgres postgres, int fils) {
        HikariConfig configuration = new HikariConfig();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setMaximumPoolSize(Math.max(2, fils));
        return new HikariDataSource(configuration);
    }

    /** What Bucket4j's select-for-update strategy sends for one visit, by hand, with a fixed state. */
    private static boolean visiteSql(DataSource source, String cle) throws SQLException {
        try (Connection connexion = source.getConnection()) {
            connexion.setAutoCommit(false);
            try (PreparedStatement insertion = connexion.prepareStatement(
                    "insert into limite_debit(cle, etat) values (?, null) on conflict (cle) do nothing");
                    PreparedStatement lecture = connexion.prepareStatement(
                            "select etat from limite_debit where cle = ? for update");
                    PreparedStatement ecriture = connexion.prepareStatement(
                            "update limite_debit set etat = ? where cle = ?")) {
                lecture.setString(1, cle);
                boolean existe;
                try (ResultSet resultat = lecture.executeQuery()) {
                    existe = resultat.next();
                }
                if (!existe) {
                    insertion.setString(1, cle);
                    insertion.executeUpdate();
                }
                ecriture.setBytes(1, new byte[64]);
                ecriture.setString(2, cle);
                ecriture.executeUpdate();
            }
            connexion.commit();
            connexion.setAutoCommit(true);
        }
        return true;
    }

    private static boolean jdbcSelect1(DataSource source) throws SQLException {
        try (Connection connexion = source.getConnection();
                PreparedStatement requete = connexion.prepareStatement("select 1");
                ResultSet resultat = requete.executeQuery()) {
            return resultat.next();
        }
    }

    private static double mediane(double[] valeurs) {
        double[] triees = valeurs.clone();
        Arrays.sort(triees);
        return triees[triees.length / 2];
    }

    /** Nanoseconds per decision with 1 thread, then with {@code fils} threads on the same key (one guichet). */
    private static double[] mesurer(String nom, Operation operation, int n, int fils) throws Exception {
        String cle = PREFIXE + Integer.toHexString(nom.hashCode());
        executer(operation, cle, n / 5, 1);
        double seul = executer(operation, cle, n, 1);
        executer(operation, cle, n / 5, fils);
        double plusieurs = executer(operation, cle, n, fils);
        return new double[] {seul, plusieurs};
    }

    /** Wall-clock nanoseconds per operation (total time / operations: the throughput view). */
    private static double executer(Operation operation, String cle, int n, int fils) throws Exception {
        List<Future<Integer>> futurs = new ArrayList<>();
        long debut = System.nanoTime();
        try (ExecutorService executeur = Executors.newFixedThreadPool(fils)) {
            for (int f = 0; f < fils; f++) {
                int part = n / fils;
                futurs.add(executeur.submit(() -> {
                    int accordees = 0;
                    for (int i = 0; i < part; i++) {
                        accordees += operation.executer(cle) ? 1 : 0;
                    }
                    return accordees;
                }));
            }
        }
        long duree = System.nanoTime() - debut;
        int accordees = 0;
        for (Future<Integer> futur : futurs) {
            accordees += futur.get();
        }
        if (accordees != n / fils * fils) {
            throw new IllegalStateException("refusals in a bench meant to measure grants: " + accordees);
        }
        return (double) duree / accordees;
    }

    /** Per-decision latency percentiles (1 thread): the local front answers most from memory. */
    private static String repartition(String nom, Operation operation, int n) throws Exception {
        long[] durees = new long[n];
        for (int i = 0; i < n; i++) {
            long debut = System.nanoTime();
            operation.executer(PREFIXE + "percentiles");
            durees[i] = System.nanoTime() - debut;
        }
        Arrays.sort(durees);
        System.out.printf(Locale.ROOT, "%-58s p50 %d ns, p90 %d ns, p99 %d ns, max %d ns%n", nom, durees[n / 2],
                durees[n * 9 / 10], durees[n * 99 / 100], durees[n - 1]);
        return String.format(Locale.ROOT, "p50 %d ns, p90 %d ns, p99 %.0f µs", durees[n / 2], durees[n * 9 / 10],
                durees[n * 99 / 100] / 1000.0);
    }

    private static void ratio(String nom, double[] numerateur, double[] denominateur) {
        System.out.printf(Locale.ROOT, "  %-30s %10.3f × %10.3f ×%n", nom, numerateur[0] / denominateur[0],
                numerateur[1] / denominateur[1]);
    }
}
