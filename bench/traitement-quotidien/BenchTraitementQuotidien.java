package fr.sne.demande.traitement;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
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
 * The nightly pass at national scale: N demandes (default 3,000,000) written with COPY by a seeded generator, with
 * dates spread as real ones would be, so that about 1/365 of them reach each date; then, in rounds, the pass's SQL
 * (the application's own {@link TraitementQuotidien#etapesSql}, rolled back) against a bare UPDATE touching the same
 * demande rows (rolled back), and the ratio. Then the per-letter work: PDF letters per second (baseline: writing the
 * same bytes) and e-mails per second to an embedded SMTP server (baseline: sending a fixed text).
 * Usage: bench/traitement-quotidien/run.sh [demandes]
 */
public final class BenchTraitementQuotidien {

    static final LocalDate JOUR = LocalDate.of(2027, 6, 15);
    static final int TOURS = 3;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3_000_000;
        if (n == 0) {
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
            Generateur.generer(source, n);
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
                Clock.fixed(JOUR.atTime(1, 30).atZone(HorlogeConfiguration.FUSEAU).toInstant(),
                        HorlogeConfiguration.FUSEAU));
    }

    /** The pass's SQL and the bare UPDATE, each rolled back, in interleaved rounds; medians and ratio. */
    static void sql(DataSource source) throws Exception {
        TraitementQuotidien traitement = traitement(source);
        DataSourceTransactionManager gestionnaire = new DataSourceTransactionManager(source);
        TransactionTemplate transaction = new TransactionTemplate(gestionnaire);
        JdbcClient jdbc = JdbcClient.create(source);
        // the day before was handled: its row, as the application leaves it
        jdbc.sql("insert into traitement_quotidien (jour, commence_le, termine_le, documents_termines_le) "
                + "values (:j, now(), now(), now())").param("j", JOUR.minusDays(1)).update();
        double[] passe = new double[TOURS];
        double[] nu = new double[TOURS];
        BilanTraitement bilan = null;
        int touchees = 0;
        for (int tour = 0; tour < TOURS; tour++) {
            long t = System.nanoTime();
            BilanTraitement b = transaction.execute(s -> {
                s.setRollbackOnly();
                return traitement.etapesSql(JOUR);
            });
            passe[tour] = (System.nanoTime() - t) / 1e6;
            bilan = b;
            t = System.nanoTime();
            int lignes = transaction.execute(s -> {
                s.setRollbackOnly();
                int total = 0;
                for (String bare : BARE) {
                    total += jdbc.sql(bare).param("jour", JOUR).update();
                }
                return total;
            });
            nu[tour] = (System.nanoTime() - t) / 1e6;
            touchees = lignes;
            System.out.printf("round %d: pass %.0f ms (%s), bare UPDATE %.0f ms (%,d rows)%n", tour + 1, passe[tour],
                    b, nu[tour], lignes);
        }
        // where the pass's time goes: each step alone, in the order the pass runs them (one transaction, rolled back)
        java.time.Instant h = java.time.Instant.parse("2027-06-15T01:30:00Z");
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
            System.out.printf("steps, round %d: notices %d ms, radiations e %d ms, radiations c %d ms, erasures %d ms%n",
                    tour + 1, etapes[0] / 1_000_000, etapes[1] / 1_000_000, etapes[2] / 1_000_000,
                    etapes[3] / 1_000_000);
        }
        double p = mediane(passe);
        double u = mediane(nu);
        System.out.printf("%nnightly pass SQL, median of %d: %.0f ms; bare UPDATE of the same %,d demande rows: %.0f ms;"
                + " ratio %.2f%n", TOURS, p, touchees, u, p / u);
        System.out.println("day's share: " + bilan);
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
        for (int i = 0; i < 200; i++) {
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
            int nombre = Integer.getInteger("courriels", 100);
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
            double[] groupes = new double[TOURS];
            double[] groupesNus = new double[TOURS];
            for (int tour = 0; tour < TOURS; tour++) {
                long t = System.nanoTime();
                MimeMessage[] messages = new MimeMessage[nombre];
                for (int i = 0; i < nombre; i++) {
                    messages[i] = message(envoi, generateur.courriel(lettre, JOUR));
                }
                envoi.send(messages);
                groupes[tour] = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                for (int i = 0; i < nombre; i++) {
                    messages[i] = message(envoi, fixe);
                }
                envoi.send(messages);
                groupesNus[tour] = (System.nanoTime() - t) / 1e9;
                serveur.purgeEmailFromAllMailboxes();
            }
            double g = nombre / mediane(groupes);
            double gn = nombre / mediane(groupesNus);
            System.out.printf("e-mails %d per connection: %.0f per second (template + SMTP); a fixed text: %.0f per"
                    + " second (ratio %.2f); 8,000 e-mails: %.0f s%n", nombre, g, gn, gn / g, 8000 / g);
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
     * Seeded generator of the registry on {@link #JOUR}: 80 % active demandes whose ends of validity are spread
     * over the 12 months from one month before the day (those within a month of it already notified), 20 %
     * radiated within the year before the day (not yet erased), each with its persons, communes and CRE movement.
     */
    static final class Generateur {

        static void generer(DataSource source, int n) throws Exception {
            SplittableRandom hasard = new SplittableRandom(20271115L);
            try (Connection c = source.getConnection()) {
                CopyManager copie = c.unwrap(PGConnection.class).getCopyAPI();
                copier(copie, "demande (numero_unique, territoire, statut, date_depot, date_dernier_renouvellement, "
                        + "date_fin_validite, guichet_enregistreur, enregistree_le, modifiee_le, version, contenu, "
                        + "motif_radiation, date_radiation, renouvellement_en_ligne, date_dernier_courrier)",
                        w -> demandes(w, n, new SplittableRandom(hasard.nextLong())));
                copier(copie, "demande_personne (demande_id, role, rang, nom_naissance, prenoms, date_naissance, "
                        + "nom_cle, prenoms_cle, nir)", w -> personnes(w, n, new SplittableRandom(hasard.nextLong())));
                copier(copie, "demande_commune (demande_id, rang, code_commune)", w -> communes(w, n));
                copier(copie, "mouvement (type, numero_unique, territoire, guichet, horodatage, contenu, acteur_type, acteur_id)",
                        w -> mouvements(w, n));
                try (Statement s = c.createStatement()) {
                    // the notices already decided: every active demande within a month of its end of validity
                    s.execute("""
                            insert into avis_renouvellement (demande_id, date_fin_validite, jour_traitement, guichet,
                                   par_courrier, par_courriel, courriel_envoye_le, cree_le)
                            select id, date_fin_validite, (date_fin_validite - interval '1 month')::date,
                                   guichet_enregistreur, true, false, null, now()
                              from demande
                             where statut = 'ACTIVE' and date_fin_validite - interval '1 month' < '%s'
                            """.formatted(JOUR));
                    // idempotency keys of the last 30 days' registrations
                    s.execute("""
                            insert into idempotence (guichet, cle, empreinte, numero_unique, cree_le)
                            select guichet_enregistreur, 'cle-' || id, md5(id::text) || md5(id::text), numero_unique,
                                   enregistree_le
                              from demande where date_depot > date '%s' - 30""".formatted(JOUR));
                    // warnings before a radiation for no answer: 1 % of the active demandes, sent over the last 2 months
                    // (a third with the radiation asked for: those of 2 months ago are due today)
                    s.execute("""
                            insert into avertissement (demande_id, motif, date_envoi, canal, guichet, radiation_demandee,
                                                       enregistre_le)
                            select id, 'c', date '%s' - 1 - (id %% 61)::int, 'LRAR', guichet_enregistreur,
                                   id %% 3 = 0, now()
                              from demande where statut = 'ACTIVE' and id %% 100 = 7""".formatted(JOUR));
                }
            }
        }

        interface Ecriture {
            void ecrire(Writer w) throws Exception;
        }

        static void copier(CopyManager copie, String table, Ecriture ecriture) throws Exception {
            ByteArrayOutputStream tampon = new ByteArrayOutputStream(64 << 20);
            long total = 0;
            var ecrivain = new java.io.PipedWriter();
            var lecteur = new java.io.PipedReader(ecrivain, 1 << 20);
            Thread producteur = Thread.ofPlatform().start(() -> {
                try (Writer w = new java.io.BufferedWriter(ecrivain, 1 << 20)) {
                    ecriture.ecrire(w);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            total = copie.copyIn("copy " + table + " from stdin", lecteur);
            producteur.join();
            System.out.printf("  copy %s: %,d rows%n", table.substring(0, table.indexOf(' ')), total);
        }

        static final String[] TERRITOIRES = {"059", "062", "111", "069", "013", "033", "031", "044", "067", "034"};

        static String numero(int i) {
            return TERRITOIRES[i % TERRITOIRES.length] + "0626" + "%06d".formatted(i / TERRITOIRES.length % 1_000_000)
                    + "G" + "%04d".formatted(i % 9000 + 1000 + (i / 10_000_000));
        }

        static String guichet(int i) {
            return "G" + "%04d".formatted(1000 + i % 9000);
        }

        /** Day of end of validity / radiation of demande i (1-based), as the generator spreads them. */
        static boolean active(int i) {
            return i % 5 != 0;
        }

        static void demandes(Writer w, int n, SplittableRandom hasard) throws Exception {
            for (int i = 1; i <= n; i++) {
                String numero = numero(i);
                boolean active = active(i);
                LocalDate fin;
                LocalDate radiation = null;
                if (active) {
                    fin = JOUR.minusMonths(1).plusDays(hasard.nextInt(365));
                } else {
                    radiation = JOUR.minusDays(hasard.nextInt(366));
                    fin = radiation.minusMonths(1);
                }
                LocalDate depot = fin.minusYears(1 + hasard.nextInt(3));
                LocalDate renouvellement = fin.minusYears(1).isAfter(depot) ? fin.minusYears(1) : null;
                String horodatage = fin.minusYears(1) + " 10:00:00+01";
                boolean enLigne = hasard.nextInt(3) == 0;
                String contenu = contenu(i, hasard);
                w.write(numero + "\t" + TERRITOIRES[i % TERRITOIRES.length] + "\t" + (active ? "ACTIVE" : "RADIEE")
                        + "\t" + depot + "\t" + (renouvellement == null ? "\\N" : renouvellement) + "\t" + fin + "\t"
                        + guichet(i) + "\t" + horodatage + "\t" + horodatage + "\t0\t" + contenu + "\t"
                        + (active ? "\\N" : (i % 2 == 0 ? "a" : "e")) + "\t" + (radiation == null ? "\\N" : radiation)
                        + "\t" + enLigne + "\t\\N\n");
            }
        }

        static String contenu(int i, SplittableRandom hasard) {
            // the shape of a real demande (Cerfa 14069), its fields tab-free and backslash-free for COPY
            return ("{\"demandeur\":{\"civilite\":\"2\",\"nomNaissance\":\"Nom%d\",\"prenoms\":\"Claire\","
                    + "\"dateNaissance\":\"19%02d-04-12\",\"sexe\":\"F\",\"nationalite\":\"1\",\"paysNaissance\":\"99100\","
                    + "\"situationFamiliale\":\"C\",\"nir\":\"2%02d0459350%03d\","
                    + "\"revenuFiscal\":{\"anneeN1\":2026,\"montantN1\":%d},"
                    + "\"ressourcesMensuelles\":[{\"type\":\"SAL\",\"montant\":%d}]},"
                    + "\"adresse\":{\"voie\":\"%d rue de Paris\",\"codePostal\":\"59000\",\"commune\":\"59350\"},"
                    + "\"contact\":{\"telephone\":\"0612345678\",\"email\":\"nom%d@example.org\","
                    + "\"consentementEmail\":%s,\"consentementSms\":false},"
                    + "\"logementActuel\":{\"modele\":\"LP\",\"nombreOccupants\":2,\"loyerMensuel\":640.5},"
                    + "\"motifs\":[\"09\"],\"logementRecherche\":{\"typesLogement\":[\"T2\",\"T3\"],\"categorie\":\"A\","
                    + "\"communesSouhaitees\":[\"59350\",\"59512\"],\"demandeElargie\":true,\"nombrePersonnes\":2}}")
                    .formatted(i, 40 + hasard.nextInt(60), 40 + hasard.nextInt(60), i % 1000,
                            8000 + hasard.nextInt(20000), 600 + hasard.nextInt(2000), i % 200, i,
                            hasard.nextInt(10) != 0);
        }

        static void personnes(Writer w, int n, SplittableRandom hasard) throws Exception {
            for (int i = 1; i <= n; i++) {
                w.write(i + "\tDEMANDEUR\t1\tNom" + i + "\tClaire\t1988-04-12\tNOM" + i + "\tCLAIRE\t28804593500"
                        + "%02d".formatted(i % 100) + "12\n");
                if (hasard.nextInt(10) < 4) {
                    w.write(i + "\tCO_DEMANDEUR\t1\tAutre" + i + "\tPaul\t1986-02-01\tAUTRE" + i + "\tPAUL\t\\N\n");
                }
                if (hasard.nextInt(10) < 3) {
                    w.write(i + "\tPERSONNE_A_CHARGE\t1\tNom" + i + "\tLéa\t2015-09-30\tNOM" + i + "\tLEA\t\\N\n");
                }
            }
        }

        static void communes(Writer w, int n) throws Exception {
            for (int i = 1; i <= n; i++) {
                w.write(i + "\t1\t59350\n" + i + "\t2\t59512\n");
            }
        }

        static void mouvements(Writer w, int n) throws Exception {
            SplittableRandom hasard = new SplittableRandom(7L);
            for (int i = 1; i <= n; i++) {
                w.write("CRE\t" + numero(i) + "\t" + TERRITOIRES[i % TERRITOIRES.length] + "\t" + guichet(i)
                        + "\t2026-06-01 10:00:00+02\t{\"version\":1,\"type\":\"CRE\",\"acteur\":{\"type\":"
                        + "\"CLIENT_API\",\"identifiant\":\"client-" + guichet(i) + "\"},\"demande\":" + contenu(i, hasard)
                        + "}\tCLIENT_API\tclient-" + guichet(i) + "\n");
            }
        }
    }
}
