package fr.sne.demande.traitement;

import java.lang.reflect.Constructor;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.demande.infrastructure.DemandeRepository;
import fr.sne.demande.infrastructure.JournalDemandes;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * The nightly pass at national scale: N demandes (default 3,000,000) of the national dataset (the application's
 * generator, see README "National dataset"), whose dates are spread as real ones would be; then, in rounds, the pass's SQL
 * (the application's own {@link TraitementQuotidien#etapesSql}, rolled back) against a bare UPDATE touching the same
 * demande rows (rolled back), and the ratio. Then the per-letter work: PDF letters per second (baseline: writing the
 * same bytes) and e-mails per second to an embedded SMTP server (baseline: sending a fixed text). Each figure is
 * printed as a {@code RESULTAT} line too (contract in bench/README.md).
 * <p>
 * Alone: an embedded PostgreSQL, the dataset generated on 2027-06-15. In the suite ({@code SNE_BENCH_SUITE=1}): no
 * generation, the suite's database ({@code SNE_BENCH_JDBC}) on its day ({@code SNE_BENCH_JOUR}), every round rolled
 * back, so that the database is left as found.
 * Usage: bench/traitement-quotidien/run.sh [demandes]
 */
public final class BenchTraitementQuotidien {

    static final boolean SUITE = "1".equals(System.getenv("SNE_BENCH_SUITE"));
    static final boolean RAPIDE = "1".equals(System.getenv("SNE_BENCH_RAPIDE"));
    static final LocalDate JOUR = SUITE ? LocalDate.parse(System.getenv("SNE_BENCH_JOUR")) : LocalDate.of(2027, 6, 15);
    static final int TOURS = 3;
    /** Letters in the batch rendered each round. */
    static final int LETTRES = RAPIDE ? 50 : 200;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        if (n == 0) {
            courriels();
            return;
        }
        if (SUITE) {
            try (HikariDataSource source = poolSuite()) {
                sql(source);
            }
            lettres();
            courriels();
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("max_wal_size", "16GB")
                .setServerConfig("checkpoint_timeout", "1h")
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "1GB")
                .start();
                HikariDataSource source = pool(postgres)) {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            long t0 = System.nanoTime();
            genererJeuNational(source, n);
            System.out.printf("generated %,d demandes in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            sql(source);
            lettres();
            courriels();
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariConfig configuration = new HikariConfig();
        configuration.setDataSource(postgres.getPostgresDatabase());
        configuration.setMaximumPoolSize(4);
        return new HikariDataSource(configuration);
    }

    /** The suite's database: {@code SNE_BENCH_JDBC}, user postgres, the password of {@code PGPASSFILE}. */
    static HikariDataSource poolSuite() throws Exception {
        String ligne = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getenv("PGPASSFILE"))).getFirst()
                .strip();
        HikariConfig configuration = new HikariConfig();
        configuration.setJdbcUrl(System.getenv("SNE_BENCH_JDBC"));
        configuration.setUsername("postgres");
        configuration.setPassword(ligne.substring(ligne.lastIndexOf(':') + 1));
        configuration.setMaximumPoolSize(4);
        return new HikariDataSource(configuration);
    }

    /** 01:30 on the day, Paris time: when the pass runs. */
    static java.time.Instant heurePassage() {
        return JOUR.atTime(1, 30).atZone(HorlogeConfiguration.FUSEAU).toInstant();
    }

    static TraitementQuotidien traitement(DataSource source) throws Exception {
        JdbcClient jdbc = JdbcClient.create(source);
        JsonMapper json = JsonMapper.builder().build();
        Constructor<DemandeRepository> depot = DemandeRepository.class.getDeclaredConstructor(JdbcClient.class,
                JsonMapper.class);
        depot.setAccessible(true);
        Constructor<JournalDemandes> journal = JournalDemandes.class.getDeclaredConstructor(JdbcClient.class,
                JsonMapper.class, ApplicationEventPublisher.class, DemandeRepository.class);
        journal.setAccessible(true);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(source));
        return new TraitementQuotidien(jdbc, journal.newInstance(jdbc, json,
                (ApplicationEventPublisher) evenement -> { }, depot.newInstance(jdbc, json)), transaction, null,
                Clock.fixed(heurePassage(), HorlogeConfiguration.FUSEAU));
    }

    /** The pass's SQL and the bare UPDATE, each rolled back, in interleaved rounds; medians and ratio. */
    static void sql(DataSource source) throws Exception {
        TraitementQuotidien traitement = traitement(source);
        DataSourceTransactionManager gestionnaire = new DataSourceTransactionManager(source);
        TransactionTemplate transaction = new TransactionTemplate(gestionnaire);
        JdbcClient jdbc = JdbcClient.create(source);
        // the day before was handled: its row, as the application leaves it (in the suite, within each round, so
        // that it is rolled back with it)
        String veille = "insert into traitement_quotidien (jour, commence_le, termine_le, documents_termines_le)"
                + " values (:j, now(), now(), now()) on conflict (jour) do nothing";
        if (!SUITE) {
            jdbc.sql(veille).param("j", JOUR.minusDays(1)).update();
        }
        double[] passe = new double[TOURS];
        double[] nu = new double[TOURS];
        BilanTraitement bilan = null;
        int touchees = 0;
        for (int tour = 0; tour < TOURS; tour++) {
            long[] duree = new long[1];
            BilanTraitement b = transaction.execute(s -> {
                s.setRollbackOnly();
                jdbc.sql(veille).param("j", JOUR.minusDays(1)).update();
                long t = System.nanoTime();
                BilanTraitement r = traitement.etapesSql(JOUR);
                duree[0] = System.nanoTime() - t;
                return r;
            });
            passe[tour] = duree[0] / 1e6;
            bilan = b;
            if (tour == 0 && b.avis() + b.radiationsE() == 0) {
                throw new IllegalStateException(sansPart(jdbc, b));
            }
            int lignes = transaction.execute(s -> {
                s.setRollbackOnly();
                long t = System.nanoTime();
                int total = 0;
                for (String bare : BARE) {
                    total += jdbc.sql(bare).param("jour", JOUR).update();
                }
                duree[0] = System.nanoTime() - t;
                return total;
            });
            nu[tour] = duree[0] / 1e6;
            touchees = lignes;
            System.out.printf("round %d: pass %.0f ms (%s), bare UPDATE %.0f ms (%,d rows)%n", tour + 1, passe[tour],
                    b, nu[tour], lignes);
        }
        // where the pass's time goes: each step alone, in the order the pass runs them (one transaction, rolled back)
        java.time.Instant h = heurePassage();
        String[] etapesParTour = new String[TOURS];
        for (int tour = 0; tour < TOURS; tour++) {
            long[] etapes = transaction.execute(s -> {
                s.setRollbackOnly();
                long[] d = new long[4];
                long t = System.nanoTime();
                traitement.avisDeRenouvellement(JOUR, JOUR.minusDays(1), h);
                d[0] = System.nanoTime() - t;
                t = System.nanoTime();
                traitement.radierNonRenouvelees(JOUR, h);
                d[1] = System.nanoTime() - t;
                t = System.nanoTime();
                traitement.radierSansReponse(JOUR, h);
                d[2] = System.nanoTime() - t;
                t = System.nanoTime();
                traitement.effacer(JOUR, h);
                d[3] = System.nanoTime() - t;
                return d;
            });
            etapesParTour[tour] = "notices %d ms, radiations e %d ms, radiations c %d ms, erasures %d ms".formatted(
                    etapes[0] / 1_000_000, etapes[1] / 1_000_000, etapes[2] / 1_000_000, etapes[3] / 1_000_000);
            System.out.printf("steps, round %d: %s%n", tour + 1, etapesParTour[tour]);
        }
        double p = mediane(passe);
        double u = mediane(nu);
        System.out.printf("%nnightly pass SQL, median of %d: %.0f ms; bare UPDATE of the same %,d demande rows: %.0f ms;"
                + " ratio %.2f%n", TOURS, p, touchees, u, p / u);
        System.out.println("day's share: " + bilan);
        long demandes = jdbc.sql("select count(*) from demande").query(Long.class).single();
        resultat("nightly pass SQL for %s over %,d demandes, day's share: %d notices, %d radiations e, %d radiations c,"
                .formatted(JOUR, demandes, bilan.avis(), bilan.radiationsE(), bilan.radiationsC())
                + " %d erasures (TraitementQuotidien.etapesSql, rolled back)".formatted(bilan.purges()), p, "ms",
                "temps", "bare UPDATEs of the same %,d demande rows (version + 1, each set by its indexed equality),"
                        .formatted(touchees) + " rolled back", u,
                "median of %d rounds: pass %s ms, bare %s ms; steps (one round): %s".formatted(TOURS,
                        milli(passe), milli(nu), etapesParTour[TOURS / 2]));
    }

    /**
     * Why the day has no share, for the lead: what the dataset holds around the day, against what the pass looks
     * for (a notice one month before an end of validity, a radiation one month after it).
     */
    static String sansPart(JdbcClient jdbc, BilanTraitement bilan) {
        String etat = jdbc.sql("""
                select format('active demandes %s, ending their validity on day + 1 month (notice due) %s, with a'
                              || ' notice already %s; ending on day - 1 month (radiation e due) %s, of which notified %s;'
                              || ' last day handled %s; ends of validity from %s to %s',
                              count(*) filter (where statut = 'ACTIVE'),
                              count(*) filter (where statut = 'ACTIVE' and date_fin_validite
                                               = cast(cast(:jour as date) + interval '1 month' as date)),
                              count(*) filter (where statut = 'ACTIVE' and date_fin_validite
                                               = cast(cast(:jour as date) + interval '1 month' as date)
                                               and exists (select 1 from avis_renouvellement a where a.demande_id = d.id
                                                           and a.date_fin_validite = d.date_fin_validite)),
                              count(*) filter (where statut = 'ACTIVE' and date_fin_validite
                                               = cast(cast(:jour as date) - interval '1 month' as date)),
                              count(*) filter (where statut = 'ACTIVE' and date_fin_validite
                                               = cast(cast(:jour as date) - interval '1 month' as date)
                                               and exists (select 1 from avis_renouvellement a where a.demande_id = d.id
                                                           and a.date_fin_validite = d.date_fin_validite)),
                              (select max(jour) from traitement_quotidien where jour < :jour),
                              min(date_fin_validite) filter (where statut = 'ACTIVE'),
                              max(date_fin_validite) filter (where statut = 'ACTIVE'))
                  from demande d""").param("jour", JOUR).query(String.class).single();
        return "the nightly pass of " + JOUR + " finds no share (" + bilan + "): " + etat;
    }

    static String milli(double[] valeurs) {
        StringBuilder s = new StringBuilder();
        for (double v : valeurs) {
            s.append(s.isEmpty() ? "" : " / ").append(Math.round(v));
        }
        return s.toString();
    }

    /** One figure, as the suite reads it (bench/README.md). */
    static void resultat(String mesure, double valeur, String unite, String sens, String base, double valeurBase,
            String details) {
        System.out.println("RESULTAT {\"bench\":\"traitement-quotidien\",\"mesure\":" + json(mesure)
                + ",\"valeur\":" + nombre(valeur) + ",\"unite\":" + json(unite) + ",\"sens\":\"" + sens
                + "\",\"base\":" + json(base) + ",\"valeurBase\":" + nombre(valeurBase) + ",\"details\":"
                + json(details) + "}");
    }

    static String nombre(double valeur) {
        if (!(valeur > 0) || Double.isInfinite(valeur)) {
            throw new IllegalStateException("not a measure: " + valeur);
        }
        return new java.math.BigDecimal(valeur).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }

    static String json(String texte) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append("\\u%04x".formatted((int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    /**
     * The baseline: bare UPDATEs of the demande rows the pass changes (notices due, radiations e and c due,
     * erasures due), each found by its indexed equality, moving only their version; in one transaction.
     */
    static final String[] BARE = {
            "update demande set version = version + 1 where statut = 'ACTIVE'"
                    + " and date_fin_validite = cast(cast(:jour as date) + interval '1 month' as date)",
            "update demande set version = version + 1 where statut = 'ACTIVE'"
                    + " and date_fin_validite = cast(cast(:jour as date) - interval '1 month' as date)",
            "update demande set version = version + 1 where statut = 'RADIEE' and purgee_le is null"
                    + " and date_radiation = cast(cast(:jour as date) - interval '1 year' as date)",
            "update demande set version = version + 1 where statut = 'ACTIVE' and id in (select demande_id"
                    + " from avertissement where radiation_demandee and motif = 'c'"
                    + " and date_envoi = cast(cast(:jour as date) - interval '2 months' as date))"};

    /** Letters per second in a batch PDF, against writing the same bytes to a file. */
    static void lettres() throws Exception {
        GenerateurAvis generateur = new GenerateurAvis(new GenerateurPdf());
        List<LettreAvis> lot = new ArrayList<>();
        for (int i = 0; i < LETTRES; i++) {
            lot.add(new LettreAvis("0591126%06dG5901".formatted(i), "Madame Claire Nom" + i,
                    List.of(i + " rue de Paris", "59000 Lille"), JOUR.plusMonths(1), JOUR.plusMonths(2),
                    "Habitat du Nord", List.of("1 place de la République", "59000 Lille")));
        }
        generateur.lot("G5901", JOUR, lot.subList(0, 20));
        double[] pdf = new double[TOURS];
        double[] ecriture = new double[TOURS];
        for (int tour = 0; tour < TOURS; tour++) {
            long t = System.nanoTime();
            byte[] octets = generateur.lot("G5901", JOUR, lot);
            pdf[tour] = (System.nanoTime() - t) / 1e9;
            java.nio.file.Path fichier = java.nio.file.Files.createTempFile("lot-", ".pdf");
            t = System.nanoTime();
            try (var sortie = java.nio.channels.FileChannel.open(fichier, java.nio.file.StandardOpenOption.WRITE)) {
                sortie.write(java.nio.ByteBuffer.wrap(octets));
                sortie.force(true);
            }
            ecriture[tour] = (System.nanoTime() - t) / 1e9;
            java.nio.file.Files.delete(fichier);
            System.out.printf("batch of %d letters: %.2f s (%,d bytes), writing it: %.4f s%n", lot.size(), pdf[tour],
                    octets.length, ecriture[tour]);
        }
        double l = lot.size() / mediane(pdf);
        double e = lot.size() / mediane(ecriture);
        System.out.printf("%nletters: %.0f per second rendered into a batch; writing the same bytes: %.0f letters per"
                + " second (ratio %.0f); 8,000 letters: %.0f s on one core%n", l, e, e / l, 8000 / l);
        resultat("renewal-notice letters rendered into a batch PDF/UA of %d (GenerateurAvis.lot)".formatted(LETTRES),
                l, "/s", "debit", "writing the same bytes to a file and forcing them to disk", e,
                "median of %d rounds; 8,000 letters: %.0f s on one core".formatted(TOURS, 8000 / l));
    }

    /** Notice e-mails per second (render + SMTP) to an embedded GreenMail, against sending a fixed text. */
    static void courriels() throws Exception {
        GreenMail serveur = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        serveur.start();
        try {
            JavaMailSenderImpl envoi = new JavaMailSenderImpl();
            envoi.setHost("127.0.0.1");
            envoi.setPort(serveur.getSmtp().getPort());
            GenerateurAvis generateur = new GenerateurAvis(new GenerateurPdf());
            LettreAvis lettre = new LettreAvis("0591126000001G5901", "Madame Claire Dupont", List.of("12 rue de Paris"),
                    JOUR.plusMonths(1), JOUR.plusMonths(2), "Habitat du Nord", List.of());
            // one connection each: fewer in the quick run (an SMTP connection costs tens of milliseconds)
            int nombre = Integer.getInteger("courriels", RAPIDE ? 30 : 100);
            int parConnexion = 100;
            String fixe = generateur.courriel(lettre, JOUR);
            double[] avis = new double[TOURS];
            double[] nu = new double[TOURS];
            for (int tour = 0; tour < TOURS; tour++) {
                long t = System.nanoTime();
                for (int i = 0; i < nombre; i++) {
                    envoyer(envoi, generateur.courriel(lettre, JOUR));
                }
                avis[tour] = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                for (int i = 0; i < nombre; i++) {
                    envoyer(envoi, fixe);
                }
                nu[tour] = (System.nanoTime() - t) / 1e9;
                System.out.printf("%d notice e-mails: %.2f s; %d fixed e-mails: %.2f s%n", nombre, avis[tour], nombre,
                        nu[tour]);
                serveur.purgeEmailFromAllMailboxes();
            }
            double a = nombre / mediane(avis);
            double b = nombre / mediane(nu);
            System.out.printf("e-mails one connection each: %.0f per second (template + SMTP); a fixed text: %.0f per"
                    + " second (ratio %.2f); 8,000 e-mails: %.0f s%n", a, b, b / a, 8000 / a);
            resultat("renewal-notice e-mails, one SMTP connection each (template + send, embedded GreenMail)", a, "/s",
                    "debit", "the same e-mails with a fixed text (no template)", b,
                    "%d e-mails a round, median of %d rounds".formatted(nombre, TOURS));
            double[] groupes = new double[TOURS];
            double[] groupesNus = new double[TOURS];
            for (int tour = 0; tour < TOURS; tour++) {
                long t = System.nanoTime();
                MimeMessage[] messages = new MimeMessage[parConnexion];
                for (int i = 0; i < parConnexion; i++) {
                    messages[i] = message(envoi, generateur.courriel(lettre, JOUR));
                }
                envoi.send(messages);
                groupes[tour] = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                for (int i = 0; i < parConnexion; i++) {
                    messages[i] = message(envoi, fixe);
                }
                envoi.send(messages);
                groupesNus[tour] = (System.nanoTime() - t) / 1e9;
                serveur.purgeEmailFromAllMailboxes();
            }
            double g = parConnexion / mediane(groupes);
            double gn = parConnexion / mediane(groupesNus);
            System.out.printf("e-mails %d per connection: %.0f per second (template + SMTP); a fixed text: %.0f per"
                    + " second (ratio %.2f); 8,000 e-mails: %.0f s%n", parConnexion, g, gn, gn / g, 8000 / g);
            resultat("renewal-notice e-mails, %d per SMTP connection (template + send, embedded GreenMail)"
                    .formatted(parConnexion), g, "/s", "debit", "the same e-mails with a fixed text (no template)", gn,
                    "median of %d rounds; 8,000 e-mails: %.0f s".formatted(TOURS, 8000 / g));
        } finally {
            serveur.stop();
        }
    }

    private static void envoyer(JavaMailSenderImpl envoi, String texte) throws Exception {
        envoi.send(message(envoi, texte));
    }

    private static MimeMessage message(JavaMailSenderImpl envoi, String texte) throws Exception {
        MimeMessage message = envoi.createMimeMessage();
        MimeMessageHelper redaction = new MimeMessageHelper(message, "UTF-8");
        redaction.setFrom("ne-pas-repondre@sne.localhost");
        redaction.setTo("claire@example.org");
        int fin = texte.indexOf('\n');
        redaction.setSubject(texte.substring(0, fin));
        redaction.setText(texte.substring(fin + 1));
        return message;
    }

    static double mediane(double[] valeurs) {
        double[] tri = valeurs.clone();
        Arrays.sort(tri);
        return tri[tri.length / 2];
    }

    /**
     * The national dataset on {@link #JOUR}, written by the application's own generator (command {@code generer}):
     * its parts, guichets then demandes (persons, communes, movements, warnings, the notices already decided),
     * built by hand as Spring would (they are package-private beans), the clock fixed at the day; then the
     * idempotency keys of the last 30 days' registrations, which the dataset does not hold.
     */
    static void genererJeuNational(DataSource source, int n) throws Exception {
        var geographie = new fr.sne.referentiel.internal.ReferentielGeographiqueCsv();
        Clock horloge = Clock.fixed(JOUR.atTime(1, 30).atZone(HorlogeConfiguration.FUSEAU).toInstant(),
                HorlogeConfiguration.FUSEAU);
        List<fr.sne.donnees.PartieJeuNational> parties = new ArrayList<>();
        parties.add((fr.sne.donnees.PartieJeuNational) construire("fr.sne.guichet.internal.PartieGuichets",
                new Class<?>[] {fr.sne.referentiel.ReferentielGeographique.class}, geographie));
        parties.add((fr.sne.donnees.PartieJeuNational) construire("fr.sne.demande.jeunational.PartieDemandes",
                new Class<?>[] {fr.sne.referentiel.ReferentielGeographique.class, Clock.class, DataSource.class},
                geographie, horloge, source));
        var generateur = (fr.sne.donnees.GenerateurJeuNational) construire("fr.sne.donnees.GenerateurJeuNational",
                new Class<?>[] {List.class, DataSource.class, org.springframework.core.env.Environment.class},
                parties, source, new org.springframework.core.env.StandardEnvironment());
        generateur.generer(n, 20271115L, System.out::println);
        try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    insert into idempotence (guichet, cle, empreinte, numero_unique, cree_le)
                    select guichet_enregistreur, 'cle-' || id, md5(id::text) || md5(id::text), numero_unique,
                           enregistree_le
                      from demande where date_depot > date '%s' - 30""".formatted(JOUR));
        }
    }

    private static Object construire(String classe, Class<?>[] types, Object... arguments) throws Exception {
        Constructor<?> constructeur = Class.forName(classe).getDeclaredConstructor(types);
        constructeur.setAccessible(true);
        return constructeur.newInstance(arguments);
    }
}
