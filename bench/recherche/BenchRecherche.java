package fr.sne.demande.infrastructure;

import static fr.sne.bench.LigneResultat.nombre;
import static fr.sne.bench.LigneResultat.json;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The professional application's search and access journal: p50/p95 of each query against the bare index lookup
 * underneath, the plan of each (EXPLAIN ANALYZE of the very statement the application sends), one {@code RESULTAT}
 * line per query (contract in bench/README.md).
 * <p>
 * Alone: an embedded PostgreSQL with N demandes (default 100,000) in 10 territories, birth names drawn from 5,000
 * with a skewed law (the commonest bears about 0.35 % of the demandes, as MARTIN does in France), 40 % with a
 * co-demandeur, a journal of 10 lines per demande (see {@link #ecrireJournal}); the measured territory is 059.
 * <p>
 * In the suite ({@code SNE_BENCH_SUITE=1}): the suite's database ({@code SNE_BENCH_JDBC}) holding the national
 * dataset, which has no journal: a year of journal (10 lines per demande, see {@link #LIGNES_PAR_DEMANDE}) is
 * written for the measured territory (the largest, or {@code SNE_BENCH_TERRITOIRE}), committed, and deleted at the
 * end with every line the measured searches wrote (all under actors named {@code bench-recherche-…}): the table is
 * emptied when it held nothing else, as the generated dataset leaves it.
 */
public final class BenchRecherche {

    /** Access-journal lines per demande and year: tabs opened, result lines, attestations. */
    static final int LIGNES_PAR_DEMANDE = 10;
    /** The prefix of every actor this bench writes in the journal, so that its lines can be deleted. */
    static final String PREFIXE = "bench-recherche-";

    private static final boolean RAPIDE = "1".equals(System.getenv("SNE_BENCH_RAPIDE"));
    private static final int TOURS = RAPIDE ? 100 : 400;
    private static final int CHAUFFE = RAPIDE ? 20 : 50;

    public static void main(String[] args) throws Exception {
        if ("1".equals(System.getenv("SNE_BENCH_SUITE"))) {
            suite();
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                HikariDataSource source = pool(postgres)) {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        insert into demande (numero_unique, territoire, statut, date_depot, date_fin_validite,
                                             guichet_enregistreur, enregistree_le, modifiee_le, contenu,
                                             motif_radiation, date_radiation)
                        select (array['059','062','111','069','013','033','031','044','067','034'])[1 + i %% 10]
                                   || '0626' || lpad((i / 10)::text, 6, '0') || 'G' || (1000 + i %% 9000),
                               (array['059','062','111','069','013','033','031','044','067','034'])[1 + i %% 10],
                               case when i %% 5 = 0 then 'RADIEE' else 'ACTIVE' end,
                               date '2025-06-01' + (i %% 365), date '2026-06-01' + (i %% 365),
                               'G' || (1000 + i %% 9000), now(), now(), '{}'::jsonb,
                               case when i %% 5 = 0 then 'b' end,
                               case when i %% 5 = 0 then date '2025-07-01' + (i %% 365) end
                          from generate_series(1, %d) i""".formatted(n));
                s.execute("""
                        insert into demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance,
                                                      nom_cle, prenoms_cle)
                        select id, 'DEMANDEUR', 1, 'Nom' || k, 'Claire', date '1950-01-01' + (id % 18000)::int,
                               'NOM' || k, 'CLAIRE'
                          from (select id, floor(power(random(), 1.5) * 5000)::int as k from demande) d""");
                s.execute("""
                        insert into demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance,
                                                      nom_cle, prenoms_cle)
                        select id, 'CO_DEMANDEUR', 1, 'Nom' || k, 'Paul', date '1950-01-01' + (id % 17000)::int,
                               'NOM' || k, 'PAUL'
                          from (select id, floor(power(random(), 1.5) * 5000)::int as k from demande
                                 where id % 10 < 4) d""");
                s.execute("vacuum analyze");
            }
            ecrireJournal(source, List.of("059", "062", "111", "069", "013", "033", "031", "044", "067", "034"),
                    Instant.now());
            System.out.printf("generated %,d demandes in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            mesurer(source, "059");
        }
    }

    /** On the suite's database: the journal written, the queries measured, the journal left as found. */
    private static void suite() throws Exception {
        try (HikariDataSource source = poolSuite()) {
            JdbcClient jdbc = JdbcClient.create(source);
            String territoire = System.getenv("SNE_BENCH_TERRITOIRE");
            if (territoire == null || territoire.isBlank()) {
                territoire = jdbc.sql("select territoire from demande group by territoire order by count(*) desc,"
                        + " territoire limit 1").query(String.class).optional()
                        .orElseThrow(() -> new IllegalStateException("no demande in the suite's database"));
            }
            String jour = System.getenv("SNE_BENCH_JOUR");
            Instant maintenant = jour == null ? Instant.now()
                    : LocalDate.parse(jour).atTime(8, 0).toInstant(ZoneOffset.UTC);
            // a previous run stopped before its end may have left its lines
            effacerJournal(source, 0);
            long premier = jdbc.sql("select coalesce(max(id), 0) from journal_acces").query(Long.class).single();
            try {
                long t0 = System.nanoTime();
                long lignes = ecrireJournal(source, List.of(territoire), maintenant);
                System.out.printf("journal: %,d lines written for territory %s in %.1f s%n", lignes, territoire,
                        (System.nanoTime() - t0) / 1e9);
                mesurer(source, territoire);
            } finally {
                effacerJournal(source, premier);
            }
        }
    }

    /**
     * A year of journal before {@code maintenant} for the demandes of the territories given: {@link
     * #LIGNES_PAR_DEMANDE} lines each, by one agent in 200 demandes of its territory (nine lines in ten) or its
     * gestionnaire, on the screens of the demande's page and the search, in the order of time as the application
     * appends them; returns the number of lines. When the journal is empty (as the generated dataset leaves it),
     * its secondary indexes are dropped for the load and built again after it, in the load's transaction (so that
     * a failure leaves them as they were): at national size, building them costs a fifth of maintaining them.
     */
    static long ecrireJournal(DataSource source, List<String> territoires, Instant maintenant) throws Exception {
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            List<String> index = new ArrayList<>();
            boolean vide;
            try (ResultSet r = s.executeQuery("select not exists (select 1 from journal_acces)")) {
                r.next();
                vide = r.getBoolean(1);
            }
            if (vide) {
                try (ResultSet r = s.executeQuery("""
                        select indexname, indexdef from pg_indexes i
                         where schemaname = current_schema() and tablename = 'journal_acces'
                           and not exists (select 1 from pg_constraint k where k.conname = i.indexname)""")) {
                    while (r.next()) {
                        index.add(r.getString(2));
                        s.addBatch("drop index " + r.getString(1));
                    }
                }
                s.executeBatch();
            }
            long lignes;
            try (PreparedStatement insertion = c.prepareStatement("""
                    insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique,
                                               territoire, ecran)
                    select horodatage, acteur_type, acteur_id, guichet, numero_unique, territoire, ecran from (
                        select cast(? as timestamptz)
                                   - ((d.id * 7919 + g * 104729) % 525600) * interval '1 minute' as horodatage,
                               case when g = 10 then 'GESTIONNAIRE_TERRITORIAL' else 'AGENT' end as acteur_type,
                               case when g = 10 then ? || 'gestionnaire-' || d.territoire
                                    else ? || 'agent-' || ((d.id + g * 31) % t.agents) end as acteur_id,
                               case when g = 10 then null else d.guichet_enregistreur end as guichet,
                               d.numero_unique, d.territoire,
                               (array['RECHERCHE', 'IDENTITE', 'MENAGE', 'RESSOURCES', 'LOGEMENT', 'HISTORIQUE',
                                      'RECHERCHE', 'IDENTITE', 'ATTESTATION', 'RECHERCHE'])[g] as ecran
                          from (select territoire, greatest(20, count(*) / 200) as agents from demande
                                 where territoire = any (?) group by territoire) t
                          join demande d on d.territoire = t.territoire
                          cross join generate_series(1, ?) g) l
                     order by horodatage""")) {
                insertion.setTimestamp(1, java.sql.Timestamp.from(maintenant));
                insertion.setString(2, PREFIXE);
                insertion.setString(3, PREFIXE);
                insertion.setArray(4, c.createArrayOf("text", territoires.toArray()));
                insertion.setInt(5, LIGNES_PAR_DEMANDE);
                lignes = insertion.executeLargeUpdate();
            }
            for (String definition : index) {
                s.execute(definition);
            }
            c.commit();
            c.setAutoCommit(true);
            s.execute("vacuum analyze journal_acces");
            return lignes;
        }
    }

    /**
     * Deletes the journal lines this bench wrote after line {@code apres}: when the journal holds nothing else, as
     * the generated dataset leaves it, by emptying the table (its indexes then are as they were, and no vacuum is
     * needed); else line by line.
     */
    static void effacerJournal(HikariDataSource source, long apres) throws Exception {
        String nos = "id > " + apres + " and acteur_id like '" + PREFIXE + "%'";
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            long effacees;
            boolean seules;
            try (ResultSet r = s.executeQuery("select count(*) filter (where " + nos + "), count(*) filter (where not ("
                    + nos + ")) = 0 from journal_acces")) {
                r.next();
                effacees = r.getLong(1);
                seules = r.getBoolean(2);
            }
            if (effacees == 0) {
                return;
            }
            if (seules) {
                s.execute("truncate journal_acces");
            } else {
                s.executeUpdate("delete from journal_acces where " + nos);
                s.execute("vacuum analyze journal_acces");
            }
            System.out.printf("journal: the bench's %,d lines deleted%s%n", effacees, seules ? " (truncate)" : "");
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariConfig configuration = new HikariConfig();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setMaximumPoolSize(2);
        return new HikariDataSource(configuration);
    }

    /** The suite's database: {@code SNE_BENCH_JDBC}, user postgres, the password of {@code PGPASSFILE}. */
    static HikariDataSource poolSuite() throws Exception {
        String ligne = Files.readAllLines(Path.of(System.getenv("PGPASSFILE"))).getFirst().strip();
        HikariConfig configuration = new HikariConfig();
        configuration.setJdbcUrl(System.getenv("SNE_BENCH_JDBC"));
        configuration.setUsername("postgres");
        configuration.setPassword(ligne.substring(ligne.lastIndexOf(':') + 1));
        configuration.setMaximumPoolSize(2);
        return new HikariDataSource(configuration);
    }

    static void mesurer(HikariDataSource source, String territoire) throws Exception {
        JdbcClient jdbc = JdbcClient.create(source);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        RechercheDemandesRepository recherche = new RechercheDemandesRepository(jdbc);
        JournalAccesRepository journal = new JournalAccesRepository(jdbc);
        VisibiliteDemandes visibilite = new VisibiliteDemandes();
        String guichet = jdbc.sql("select guichet_enregistreur from demande where territoire = ? limit 1")
                .param(territoire).query(String.class).single();
        Acteur agent = Acteur.agent(PREFIXE + "agent", guichet, "BAILLEUR", territoire);
        Acteur gestionnaire = Acteur.gestionnaireTerritorial(PREFIXE + "gestionnaire", territoire);
        var predicat = visibilite.predicat(agent, "d.territoire");
        var predicatJournal = visibilite.predicat(gestionnaire, "j.territoire");
        long demandes = jdbc.sql("select count(*) from demande where territoire = ?").param(territoire)
                .query(Long.class).single();
        long agents = Math.max(20, demandes / 200);

        // the territory's commonest birth name among its applicants, in demandes (names may be unique per
        // household, as in the generated dataset before its names follow France's skew: then a shared one or any)
        record Nom(String cle, long demandes) {
        }
        Nom commun = jdbc.sql("""
                select p.nom_cle, count(distinct p.demande_id) as n
                  from demande_personne p join demande d on d.id = p.demande_id
                 where d.territoire = ? and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')
                 group by p.nom_cle order by n desc, p.nom_cle limit 1""").param(territoire)
                .query((rs, i) -> new Nom(rs.getString(1), rs.getLong(2))).single();
        // names drawn from the territory's applicants, so each with the probability of its frequency in the data
        List<String> tires = jdbc.sql("""
                select p.nom_cle from demande_personne p join demande d on d.id = p.demande_id
                 where d.territoire = ? and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')
                 order by md5(p.demande_id || p.role || p.rang) limit 500""").param(territoire)
                .query(String.class).list();
        List<String> numeros = jdbc.sql("select numero_unique from demande where territoire = ?"
                + " order by md5(id::text) limit 500").param(territoire).query(String.class).list();
        long lignesJournal = jdbc.sql("select count(*) from journal_acces where territoire = ?").param(territoire)
                .query(Long.class).single();
        System.out.printf("territory %s: %,d demandes, %,d journal lines, %,d agents; commonest name %s in %,d"
                + " demandes%n", territoire, demandes, lignesJournal, agents, commun.cle(), commun.demandes());

        Instant h = Instant.now();
        String planCommun = expliquer(source, c -> new RechercheDemandesRepository(c).rechercher(predicat, null,
                commun.cle(), null, null, 20, 0, agent, h));
        String planTire = expliquer(source, c -> new RechercheDemandesRepository(c).rechercher(predicat, null,
                tires.getFirst(), null, null, 20, 0, agent, h));
        String planNumero = expliquer(source, c -> new RechercheDemandesRepository(c).rechercher(predicat,
                numeros.getFirst(), null, null, null, 20, 0, agent, h));
        String planJournal = expliquer(source, c -> new JournalAccesRepository(c).page(predicatJournal, null, null,
                21, 0));
        String planAgent = expliquer(source, c -> new JournalAccesRepository(c).page(predicatJournal, null,
                PREFIXE + "agent-7", 21, 0));
        expliquer(source, c -> new JournalAccesRepository(c).deLaDemande(numeros.getFirst(), 100));

        String nomBase = "bare index lookup of the same names (select demande_id from demande_personne"
                + " where nom_cle = ?)";
        ligne("search by the territory's commonest birth name (" + commun.demandes() + " demandes), agent of "
                + territoire + ", page 1 + its journal lines",
                i -> transaction.executeWithoutResult(t -> recherche.rechercher(predicat, null, commun.cle(), null,
                        null, 20, 0, agent, Instant.now())),
                nomBase, i -> jdbc.sql("select demande_id from demande_personne where nom_cle = ?")
                        .param(commun.cle()).query(Long.class).list(), planCommun);
        ligne("search by a birth name drawn from the territory's applicants, agent of " + territoire
                + ", page 1 + its journal lines",
                i -> transaction.executeWithoutResult(t -> recherche.rechercher(predicat, null,
                        tires.get(i % tires.size()), null, null, 20, 0, agent, Instant.now())),
                nomBase, i -> jdbc.sql("select demande_id from demande_personne where nom_cle = ?")
                        .param(tires.get(i % tires.size())).query(Long.class).list(), planTire);
        ligne("search by numéro, agent of " + territoire + ", + its journal line",
                i -> transaction.executeWithoutResult(t -> recherche.rechercher(predicat,
                        numeros.get(i % numeros.size()), null, null, null, 20, 0, agent, Instant.now())),
                "bare unique-index lookup of the numéro", i -> jdbc.sql(
                        "select id from demande where numero_unique = ?").param(numeros.get(i % numeros.size()))
                        .query(Long.class).list(), planNumero);
        String journalBase = "bare read of 21 journal rows by primary key (order by id desc limit 21)";
        IntConsumer lectureNue = i -> jdbc.sql("select * from journal_acces order by id desc limit 21").query()
                .listOfRows();
        ligne("access journal, page 1 of territory " + territoire + " (" + lignesJournal + " lines), gestionnaire",
                i -> journal.page(predicatJournal, null, null, 21, 0), journalBase, lectureNue, planJournal);
        ligne("access journal, page 1 of one agent of " + territoire + ", gestionnaire",
                i -> journal.page(predicatJournal, null, PREFIXE + "agent-" + (i % agents), 21, 0), journalBase,
                lectureNue, planAgent);
    }

    /** A use of the application's repository, on a connection whose statements are captured. */
    @FunctionalInterface
    interface Appel {
        void executer(JdbcClient jdbc);
    }

    /** The first statement a call sends, with its parameters, as the application sends it. */
    private static final class Capture {
        String sql;
        final List<Object[]> parametres = new ArrayList<>();
    }

    /**
     * Runs the call once on a connection that records its first statement, then EXPLAIN (ANALYZE, BUFFERS) of that
     * statement with the same parameters, both rolled back; prints the plan and returns its scans, the plan's key
     * nodes (access path, rows × loops).
     */
    static String expliquer(HikariDataSource source, Appel appel) throws Exception {
        Capture capture = new Capture();
        try (Connection brute = source.getConnection()) {
            brute.setAutoCommit(false);
            Connection espion = (Connection) Proxy.newProxyInstance(BenchRecherche.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (p, m, a) -> {
                        Object r = invoquer(brute, m, a);
                        if (m.getName().equals("prepareStatement") && capture.sql == null) {
                            capture.sql = (String) a[0];
                            PreparedStatement vraie = (PreparedStatement) r;
                            return Proxy.newProxyInstance(BenchRecherche.class.getClassLoader(),
                                    new Class<?>[] {PreparedStatement.class}, (p2, m2, a2) -> {
                                        if (m2.getName().startsWith("set") && a2 != null && a2.length >= 2
                                                && a2[0] instanceof Integer) {
                                            capture.parametres.add(new Object[] {m2, a2});
                                        }
                                        return invoquer(vraie, m2, a2);
                                    });
                        }
                        return r;
                    });
            try {
                appel.executer(JdbcClient.create(new SingleConnectionDataSource(espion, true)));
                List<String> plan = new ArrayList<>();
                try (PreparedStatement explication = brute.prepareStatement(
                        "explain (analyze, buffers) " + capture.sql)) {
                    for (Object[] parametre : capture.parametres) {
                        ((Method) parametre[0]).invoke(explication, (Object[]) parametre[1]);
                    }
                    try (ResultSet r = explication.executeQuery()) {
                        while (r.next()) {
                            plan.add(r.getString(1));
                        }
                    }
                }
                System.out.println("\nEXPLAIN (ANALYZE, BUFFERS)\n" + capture.sql.strip());
                plan.forEach(l -> System.out.println("  " + l));
                return noeudsCles(plan);
            } finally {
                brute.rollback();
            }
        }
    }

    private static Object invoquer(Object cible, Method methode, Object[] arguments) throws Throwable {
        try {
            return methode.invoke(cible, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final Pattern PARCOURS = Pattern.compile("((?:Parallel )?(?:Bitmap Heap|Bitmap Index|Index Only"
            + "|Index|Seq) Scan.*?)\\s+\\(cost=.*?\\(actual time=\\S+ rows=(\\d+) loops=(\\d+)\\)");

    /** The scans of a plan in its order: "Index Scan using … on … (rows × loops)". */
    static String noeudsCles(List<String> plan) {
        List<String> noeuds = new ArrayList<>();
        for (String l : plan) {
            Matcher m = PARCOURS.matcher(l);
            if (m.find()) {
                noeuds.add(m.group(1) + " (" + m.group(2) + " rows"
                        + (m.group(3).equals("1") ? "" : " × " + m.group(3) + " loops") + ")");
            }
        }
        return noeuds.isEmpty() ? "no scan" : String.join("; ", noeuds);
    }

    /**
     * Times the query and its baseline in turns (one of each per round), so that a change of load on the machine
     * touches both alike; returns their sorted durations.
     */
    private static long[][] chrono(IntConsumer requete, IntConsumer base) {
        for (int i = 0; i < CHAUFFE; i++) {
            requete.accept(i);
            base.accept(i);
        }
        long[][] durees = new long[2][TOURS];
        for (int i = 0; i < TOURS; i++) {
            long t = System.nanoTime();
            requete.accept(i);
            long u = System.nanoTime();
            base.accept(i);
            durees[0][i] = u - t;
            durees[1][i] = System.nanoTime() - u;
        }
        Arrays.sort(durees[0]);
        Arrays.sort(durees[1]);
        return durees;
    }

    private static void ligne(String nom, IntConsumer requete, String base, IntConsumer requeteBase, String plan) {
        long[][] durees = chrono(requete, requeteBase);
        long[] mesure = durees[0];
        long[] reference = durees[1];
        double p50 = mesure[TOURS / 2] / 1e6;
        double p95 = mesure[TOURS * 95 / 100] / 1e6;
        double b50 = reference[TOURS / 2] / 1e6;
        double b95 = reference[TOURS * 95 / 100] / 1e6;
        System.out.printf(Locale.ROOT, "%n%s: p50 %.3f ms, p95 %.3f ms | %s: p50 %.3f ms, p95 %.3f ms | ratio p95"
                + " %.1f×%n", nom, p50, p95, base, b50, b95, b95 == 0 ? 0 : p95 / b95);
        System.out.println("RESULTAT {\"bench\":\"recherche\",\"mesure\":" + json("p95 of " + nom) + ",\"valeur\":"
                + nombre(p95) + ",\"unite\":\"ms\",\"sens\":\"temps\",\"base\":" + json("p95 of " + base)
                + ",\"valeurBase\":" + nombre(b95) + ",\"details\":" + json("p50 %s ms (baseline %s ms), %d runs;"
                        .formatted(nombre(p50), nombre(b50), TOURS) + " plan: " + plan) + "}");
    }


}
