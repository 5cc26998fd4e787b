package fr.sne.commun.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL started the way the application does, on real binaries: a folder left by a killed run
 * starts again by itself, a server that is not the folder's own is never stopped, and durability follows the mode.
 * An orphan is made as a killed JVM leaves it: a server running on the folder that no JVM holds (started here with
 * the same binaries' {@code pg_ctl}, outside any Java handle and lock).
 */
class PostgresEmbarqueRepriseIT {

    /** A cluster initialised once (initdb takes seconds) and copied into each test's data folder. */
    private static Path modele;
    /** The {@code pg_ctl} of the binaries the embedded PostgreSQL runs. */
    private static Path pgCtl;

    @TempDir
    Path temporaire;

    private final List<EmbeddedPostgres> demarres = new ArrayList<>();
    private final List<Path> orphelins = new ArrayList<>();

    @BeforeAll
    static void initialiserUnModele(@TempDir Path dossier) throws Exception {
        modele = dossier.resolve("modele");
        try (EmbeddedPostgres postgres = new PostgresEmbarqueConfiguration()
                .postgresEmbarque(new PostgresEmbarqueProperties(true, modele.toString(), 0))) {
            long pid = RepriseServeurOrphelin.FichierPid.lire(modele).orElseThrow().pid();
            pgCtl = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow())
                    .resolveSibling("pg_ctl");
        }
        Files.deleteIfExists(modele.resolve("epg-lock"));
    }

    /** A data folder holding a stopped cluster, as a previous run leaves it. */
    private Path dossier(String nom) throws IOException {
        Path cible = temporaire.resolve(nom);
        try (Stream<Path> fichiers = Files.walk(modele)) {
            for (Path source : (Iterable<Path>) fichiers::iterator) {
                Files.copy(source, cible.resolve(modele.relativize(source).toString()));
            }
        }
        return cible;
    }

    @AfterEach
    void toutArreter() throws Exception {
        for (EmbeddedPostgres postgres : demarres) {
            postgres.close();
        }
        for (Path dossier : orphelins) {
            if (Files.exists(dossier.resolve("postmaster.pid"))) {
                new ProcessBuilder(RepriseServeurOrphelin.pgCtl(pgCtl, "stop", "-D", dossier.toString(), "-m", "fast",
                        "-w"))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                        .waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private EmbeddedPostgres demarrer(Path dossier) throws Exception {
        EmbeddedPostgres postgres = new PostgresEmbarqueConfiguration()
                .postgresEmbarque(new PostgresEmbarqueProperties(true, dossier == null ? null : dossier.toString(), 0));
        demarres.add(postgres);
        return postgres;
    }

    /** A server started on a data folder with no JVM holding it. */
    private ProcessHandle orphelin(Path dossier) throws Exception {
        orphelins.add(dossier);
        Process demarrage = new ProcessBuilder(RepriseServeurOrphelin.pgCtl(pgCtl, "start", "-D", dossier.toString(),
                "-w", "-o", "-p " + portLibre(), "-l", temporaire.resolve(dossier.getFileName() + ".log").toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(demarrage.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(demarrage.exitValue()).isZero();
        return ProcessHandle.of(RepriseServeurOrphelin.FichierPid.lire(dossier).orElseThrow().pid()).orElseThrow();
    }

    private static int portLibre() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A connection to the server of this folder, with the password kept in it. */
    private static Connection connexion(Path dossier, int port) throws Exception {
        return connexion(port, AuthentificationPostgres.lireMotDePasse(dossier).orElseThrow());
    }

    private static Connection connexion(int port, String motDePasse) throws SQLException {
        java.util.Properties proprietes = new java.util.Properties();
        proprietes.setProperty("user", "postgres");
        if (motDePasse != null) {
            proprietes.setProperty("password", motDePasse);
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", proprietes);
    }

    /** The SQLSTATE of a refused connection, or null if it was accepted. */
    private static String refus(int port, String motDePasse) {
        try (Connection c = connexion(port, motDePasse)) {
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    /** The active lines of pg_hba.conf (comments and blank lines left out). */
    private static List<String> reglesAcces(Path dossier) throws IOException {
        return Files.readAllLines(dossier.resolve("pg_hba.conf")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static String requete(Connection connexion, String sql) throws SQLException {
        try (Statement instruction = connexion.createStatement(); ResultSet resultat = instruction.executeQuery(sql)) {
            resultat.next();
            return resultat.getString(1);
        }
    }

    @Test
    void le_serveur_orphelin_de_son_dossier_est_arrete_proprement_puis_le_dossier_redemarre_avec_ses_donnees()
            throws Exception {
        Path dossier = dossier("donnees");
        ProcessHandle serveurOrphelin = orphelin(dossier);
        int portOrphelin = RepriseServeurOrphelin.FichierPid.lire(dossier).orElseThrow().port();
        try (Connection c = connexion(dossier, portOrphelin); Statement s = c.createStatement()) {
            s.execute("create table trace (valeur text)");
            s.execute("insert into trace values ('écrit avant le redémarrage')");
        }

        EmbeddedPostgres redemarre = demarrer(dossier);

        assertThat(serveurOrphelin.isAlive()).isFalse();
        try (Connection c = redemarre.getPostgresDatabase().getConnection()) {
            assertThat(requete(c, "select valeur from trace")).isEqualTo("écrit avant le redémarrage");
        }
        assertThat(RepriseServeurOrphelin.FichierPid.lire(dossier).orElseThrow().pid())
                .isNotEqualTo(serveurOrphelin.pid());
    }

    @Test
    void un_fichier_pid_d_un_processus_disparu_n_empeche_pas_le_demarrage() throws Exception {
        Path dossier = dossier("donnees");
        Process ephemere = new ProcessBuilder("true").start();
        ephemere.waitFor();
        Files.writeString(dossier.resolve("postmaster.pid"), ephemere.pid() + "\n" + dossier + "\n1764100000\n5432\n"
                + "/tmp\nlocalhost\n  5432001  0\nready   \n", StandardCharsets.UTF_8);

        assertThat(RepriseServeurOrphelin.reprendre(dossier, java.time.Duration.ofSeconds(10)))
                .isEqualTo(RepriseServeurOrphelin.Issue.PROCESSUS_DISPARU);
        try (Connection c = demarrer(dossier).getPostgresDatabase().getConnection()) {
            assertThat(requete(c, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void un_fichier_pid_qui_nomme_le_serveur_d_un_autre_dossier_est_perime_et_ce_serveur_est_epargne()
            throws Exception {
        Path autre = dossier("autre");
        ProcessHandle serveurAutre = orphelin(autre);
        Path dossier = dossier("donnees");
        // as after a reboot, when the pid has since gone to another process: here, another folder's postgres
        Files.writeString(dossier.resolve("postmaster.pid"), serveurAutre.pid() + "\n" + dossier
                + "\n1764100000\n5432\n/tmp\nlocalhost\n  5432001  0\nready   \n", StandardCharsets.UTF_8);

        EmbeddedPostgres redemarre = demarrer(dossier);

        assertThat(serveurAutre.isAlive()).isTrue();
        try (Connection c = redemarre.getPostgresDatabase().getConnection()) {
            assertThat(requete(c, "select 1")).isEqualTo("1");
        }
        int portAutre = RepriseServeurOrphelin.FichierPid.lire(autre).orElseThrow().port();
        try (Connection c = connexion(autre, portAutre)) {
            assertThat(requete(c, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void un_dossier_dont_l_instance_tourne_encore_est_refuse_et_son_serveur_laisse_en_marche() throws Exception {
        Path dossier = dossier("donnees");
        EmbeddedPostgres enCours = demarrer(dossier);

        assertThatThrownBy(() -> RepriseServeurOrphelin.reprendre(dossier, java.time.Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("autre instance");
        try (Connection c = enCours.getPostgresDatabase().getConnection()) {
            assertThat(requete(c, "select 1")).isEqualTo("1");
        }
    }

    @Test
    void le_dossier_persistant_est_durable_et_le_cluster_jetable_ne_l_est_pas() throws Exception {
        EmbeddedPostgres persistant = demarrer(dossier("donnees"));
        EmbeddedPostgres jetable = demarrer(null);

        try (Connection c = persistant.getPostgresDatabase().getConnection()) {
            assertThat(requete(c, "show fsync")).isEqualTo("on");
            assertThat(requete(c, "show synchronous_commit")).isEqualTo("on");
        }
        try (Connection c = jetable.getPostgresDatabase().getConnection()) {
            assertThat(requete(c, "show fsync")).isEqualTo("off");
            assertThat(requete(c, "show synchronous_commit")).isEqualTo("off");
        }
    }

    /**
     * A new data folder: the superuser gets a generated password at initialisation, kept in the folder's pgpass file
     * (owner only), and every connection, local or by TCP, must give it (scram-sha-256); none is trusted.
     */
    @Test
    void un_dossier_neuf_exige_le_mot_de_passe_genere_et_garde_dans_le_dossier() throws Exception {
        Path dossier = temporaire.resolve("neuf");
        EmbeddedPostgres postgres = demarrer(dossier);

        Path fichier = dossier.resolve(AuthentificationPostgres.FICHIER_MOT_DE_PASSE);
        assertThat(Files.getPosixFilePermissions(fichier)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        String motDePasse = AuthentificationPostgres.lireMotDePasse(dossier).orElseThrow();
        assertThat(motDePasse).hasSizeGreaterThanOrEqualTo(32);
        assertThat(reglesAcces(dossier)).isNotEmpty().allSatisfy(regle -> assertThat(regle).endsWith("scram-sha-256"))
                .anySatisfy(regle -> assertThat(regle).startsWith("local"))
                .anySatisfy(regle -> assertThat(regle).startsWith("host"));
        assertThat(refus(postgres.getPort(), null)).as("sans mot de passe").isEqualTo("08004");
        assertThat(refus(postgres.getPort(), "postgres")).as("mauvais mot de passe").isEqualTo("28P01");
        try (Connection c = connexion(postgres.getPort(), motDePasse)) {
            assertThat(requete(c, "select rolpassword like 'SCRAM-SHA-256$%' from pg_authid where rolname = "
                    + "'postgres'")).isEqualTo("t");
        }
        try (Connection c = new PostgresEmbarqueConfiguration().dataSource(postgres).getConnection()) {
            assertThat(requete(c, "select current_user")).isEqualTo("postgres");
        }
    }

    /**
     * A folder made before passwords (initdb -A trust, as earlier versions did): its next start sets the password,
     * rewrites pg_hba.conf and keeps the data; the start after that keeps the same password.
     */
    @Test
    void un_dossier_d_avant_les_mots_de_passe_est_converti_a_son_demarrage_et_garde_ses_donnees() throws Exception {
        Path dossier = temporaire.resolve("ancien");
        try (EmbeddedPostgres ancien = EmbeddedPostgres.builder().setDataDirectory(dossier)
                .setCleanDataDirectory(false).start(); Connection c = ancien.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table trace (valeur text)");
            s.execute("insert into trace values ('écrit sans mot de passe')");
        }
        Files.deleteIfExists(dossier.resolve("epg-lock"));
        assertThat(reglesAcces(dossier)).anySatisfy(regle -> assertThat(regle).endsWith("trust"));

        EmbeddedPostgres converti = demarrer(dossier);

        String motDePasse = AuthentificationPostgres.lireMotDePasse(dossier).orElseThrow();
        assertThat(reglesAcces(dossier)).noneSatisfy(regle -> assertThat(regle).contains("trust"));
        assertThat(refus(converti.getPort(), null)).isNotNull();
        try (Connection c = connexion(converti.getPort(), motDePasse)) {
            assertThat(requete(c, "select valeur from trace")).isEqualTo("écrit sans mot de passe");
        }
        converti.close();
        demarres.remove(converti);

        EmbeddedPostgres encore = demarrer(dossier);
        assertThat(AuthentificationPostgres.lireMotDePasse(dossier)).contains(motDePasse);
        try (Connection c = connexion(encore.getPort(), motDePasse)) {
            assertThat(requete(c, "select count(*) from trace")).isEqualTo("1");
        }
    }
}
