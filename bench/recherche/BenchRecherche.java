package fr.sne.demande.infrastructure;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The professional application's search and access journal over N demandes (default 100,000) in 10 territories:
 * birth names drawn from 5,000 with a skewed law (the commonest bears about 0.35 % of the demandes, as MARTIN does
 * in France), 40 % with a co-demandeur, and a journal of 10 lines per demande. Prints EXPLAIN (ANALYZE, BUFFERS) of
 * each query, then p50/p95 of: the search by name as an agent of one territory (page 1, with its journal insert,
 * in a transaction as the use case runs it) against the bare index lookup of the same names; the search by numéro
 * against the bare unique-index lookup; the gestionnaire's journal page against a bare read of 21 journal rows
 * by primary key.
 */
public final class BenchRecherche {

    private static final int TOURS = 400;

    public static void main(String[] args) throws Exception {
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
                s.execute("""
                        insert into journal_acces (horodatage, acteur_type, acteur_id, guichet, numero_unique,
                                                   territoire, ecran)
                        select now() - (g * interval '1 minute'), 'AGENT', 'agent-' || (d.id % 500), d.guichet_enregistreur,
                               d.numero_unique, d.territoire, 'IDENTITE'
                          from demande d cross join generate_series(1, 10) g""");
                s.execute("vacuum analyze");
            }
            System.out.printf("generated %,d demandes in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            mesurer(source);
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariConfig configuration = new HikariConfig();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setMaximumPoolSize(2);
        return new HikariDataSource(configuration);
    }

    static void mesurer(HikariDataSource source) throws Exception {
        JdbcClient jdbc = JdbcClient.create(source);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        RechercheDemandesRepository recherche = new RechercheDemandesRepository(jdbc);
        JournalAccesRepository journal = new JournalAccesRepository(jdbc);
        VisibiliteDemandes visibilite = new VisibiliteDemandes();
        Acteur agent = Acteur.agent("agent-bench", "G1059", "BAILLEUR", "059");
        Acteur gestionnaire = Acteur.gestionnaireTerritorial("gestionnaire-bench", "059");
        var predicat = visibilite.predicat(agent, "d.territoire");

        String commun = jdbc.sql("select nom_cle from demande_personne group by nom_cle order by count(*) desc limit 1")
                .query(String.class).single();
        long partCommun = jdbc.sql("select count(*) from demande_personne where nom_cle = ?").param(commun)
                .query(Long.class).single();
        String numero = jdbc.sql("select numero_unique from demande where territoire = '059' order by id desc limit 1")
                .query(String.class).single();
        System.out.printf("commonest name %s: %,d persons%n", commun, partCommun);

        expliquer(jdbc, """
                select d.numero_unique, d.statut, d.date_depot, d.date_fin_validite, d.territoire,
                       dem.nom_naissance, dem.prenoms, count(*) over () as total
                from (select distinct p.demande_id from demande_personne p
                      where p.nom_cle = '%s' and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')) m
                join demande d on d.id = m.demande_id
                left join demande_personne dem on dem.demande_id = d.id and dem.role = 'DEMANDEUR'
                where d.territoire in ('059')
                order by d.date_depot desc, d.numero_unique desc limit 20 offset 0""".formatted(commun));
        // the national administrator's scope: no territory to scan, the name's index drives
        expliquer(jdbc, """
                select d.numero_unique, d.statut, d.date_depot, d.date_fin_validite, d.territoire,
                       dem.nom_naissance, dem.prenoms, count(*) over () as total
                from (select distinct p.demande_id from demande_personne p
                      where p.nom_cle = '%s' and p.role in ('DEMANDEUR', 'CO_DEMANDEUR')) m
                join demande d on d.id = m.demande_id
                left join demande_personne dem on dem.demande_id = d.id and dem.role = 'DEMANDEUR'
                where true
                order by d.date_depot desc, d.numero_unique desc limit 20 offset 0""".formatted(commun));
        expliquer(jdbc, """
                select * from journal_acces j where j.territoire in ('059')
                order by j.horodatage desc, j.id desc limit 21 offset 0""");
        expliquer(jdbc, """
                select * from journal_acces j where j.territoire in ('059') and j.acteur_id = 'agent-7'
                order by j.horodatage desc, j.id desc limit 21 offset 0""");
        expliquer(jdbc, """
                select * from journal_acces where numero_unique = '%s' order by horodatage desc, id desc limit 100"""
                .formatted(numero));

        SplittableRandom hasard = new SplittableRandom(42);
        String[] noms = new String[TOURS];
        for (int i = 0; i < TOURS; i++) {
            // half the commonest name (the worst case), half drawn from the same law as the data
            noms[i] = i % 2 == 0 ? commun : "NOM" + (int) Math.floor(Math.pow(hasard.nextDouble(), 1.5) * 5000);
        }
        ligne("search by name, agent of 059, page 1 + journal", chrono(i -> transaction.executeWithoutResult(
                t -> recherche.rechercher(predicat, null, noms[i], null, null, 20, 0, agent, Instant.now()))),
                "bare index lookup of the name", chrono(i -> jdbc.sql(
                        "select demande_id from demande_personne where nom_cle = ?").param(noms[i])
                        .query(Long.class).list()));
        ligne("search by numéro + journal", chrono(i -> transaction.executeWithoutResult(
                t -> recherche.rechercher(predicat, numero, null, null, null, 20, 0, agent, Instant.now()))),
                "bare unique-index lookup", chrono(i -> jdbc.sql(
                        "select id from demande where numero_unique = ?").param(numero).query(Long.class).list()));
        var predicatJournal = visibilite.predicat(gestionnaire, "j.territoire");
        ligne("journal page 1 of a territory", chrono(i -> journal.page(predicatJournal, null, null, 21, 0)),
                "bare read of 21 rows by primary key", chrono(i -> jdbc.sql(
                        "select * from journal_acces order by id desc limit 21").query().listOfRows()));
        ligne("journal page 1 of one agent", chrono(i -> journal.page(predicatJournal, null, "agent-" + (i % 500), 21,
                0)), "bare read of 21 rows by primary key", chrono(i -> jdbc.sql(
                        "select * from journal_acces order by id desc limit 21").query().listOfRows()));
    }

    private static void expliquer(JdbcClient jdbc, String sql) {
        System.out.println("\nEXPLAIN (ANALYZE, BUFFERS)\n" + sql);
        jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list()
                .forEach(l -> System.out.println("  " + l));
    }

    private static long[] chrono(IntConsumer requete) {
        for (int i = 0; i < 50; i++) {
            requete.accept(i);
        }
        long[] durees = new long[TOURS];
        for (int i = 0; i < TOURS; i++) {
            long t = System.nanoTime();
            requete.accept(i);
            durees[i] = System.nanoTime() - t;
        }
        Arrays.sort(durees);
        return durees;
    }

    private static void ligne(String nom, long[] mesure, String base, long[] reference) {
        double p50 = mesure[TOURS / 2] / 1e6;
        double p95 = mesure[TOURS * 95 / 100] / 1e6;
        double b50 = reference[TOURS / 2] / 1e6;
        double b95 = reference[TOURS * 95 / 100] / 1e6;
        System.out.printf("%-48s p50 %7.3f ms  p95 %7.3f ms | %-36s p50 %7.3f ms  p95 %7.3f ms | ratio p95 %.1f×%n",
                nom, p50, p95, base, b50, b95, b95 == 0 ? 0 : p95 / b95);
    }

}
