package fr.sne.commun.postgres;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password authentication of the embedded PostgreSQL: the superuser {@code postgres} has a generated password,
 * kept in the data folder in {@value #FICHIER_MOT_DE_PASSE} (PostgreSQL's password file format, readable by its
 * owner only: {@code PGPASSFILE=<folder>/pgpass psql -h localhost -p <port> -U postgres}), and {@code pg_hba.conf}
 * asks every connection, local or by TCP, for it ({@code scram-sha-256}); no connection is trusted.
 * <p>
 * The embedded PostgreSQL's {@code initdb} trusts every local connection; so, once the cluster exists and before
 * its server ever starts, {@link #appliquer} sets the password in single-user mode (no server, no connection) and
 * then writes {@code pg_hba.conf}. A folder created before passwords (its {@code pg_hba.conf} still trusts) goes
 * through the same steps at its next start, with its data kept; a folder already converted is left as it is.
 */
final class AuthentificationPostgres {

    /** The password file, in the data folder. */
    static final String FICHIER_MOT_DE_PASSE = "pgpass";
    static final String SUPERUTILISATEUR = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(AuthentificationPostgres.class);
    private static final SecureRandom HASARD = new SecureRandom();
    private static final String REGLES_ACCES = """
            # Written by SNE (fr.sne.commun.postgres): every connection gives the password of its role, none is
            # trusted. The superuser's password is in the file pgpass of this folder, readable by its owner only.
            # TYPE  DATABASE        USER            ADDRESS                 METHOD
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private AuthentificationPostgres() {
    }

    /** A new password: 32 characters of the URL-safe Base64 alphabet (192 random bits), nothing to escape. */
    static String nouveauMotDePasse() {
        byte[] octets = new byte[24];
        HASARD.nextBytes(octets);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    }

    /** The password kept in this data folder, if any. */
    static Optional<String> lireMotDePasse(Path repertoire) {
        Path fichier = repertoire.resolve(FICHIER_MOT_DE_PASSE);
        if (!Files.exists(fichier)) {
            return Optional.empty();
        }
        try {
            for (String ligne : Files.readAllLines(fichier, StandardCharsets.UTF_8)) {
                // hostname:port:database:username:password; the password never holds ':' or '\'
                String[] champs = ligne.strip().split(":", 5);
                if (champs.length == 5 && champs[3].equals(SUPERUTILISATEUR) && !champs[4].isEmpty()) {
                    return Optional.of(champs[4]);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Before the server starts: if the folder has no password file yet, or its {@code pg_hba.conf} trusts a
     * connection, sets {@code motDePasse} as the superuser's (single-user mode), keeps it in the password file, then
     * writes {@code pg_hba.conf}. Each step can be done again, so a start interrupted between them finishes the job
     * at the next one.
     *
     * @param binaires the folder holding the PostgreSQL distributions the embedded PostgreSQL unpacked
     */
    static void appliquer(Path repertoire, String motDePasse, Path binaires) {
        Path regles = repertoire.resolve("pg_hba.conf");
        boolean fichier = Files.exists(repertoire.resolve(FICHIER_MOT_DE_PASSE));
        if (fichier && !faitConfiance(regles)) {
            return;
        }
        definirMotDePasse(repertoire, motDePasse, postgres(repertoire, binaires));
        ecrireProprietaireSeul(repertoire.resolve(FICHIER_MOT_DE_PASSE),
                "*:*:*:" + SUPERUTILISATEUR + ":" + motDePasse + "\n");
        ecrireProprietaireSeul(regles, REGLES_ACCES);
        LOG.info("PostgreSQL embarqué : authentification par mot de passe (scram-sha-256) en place sur {} ; mot de "
                + "passe du superutilisateur dans {}", repertoire, repertoire.resolve(FICHIER_MOT_DE_PASSE));
    }

    /** Whether a line of {@code pg_hba.conf} (comments aside) trusts a connection. */
    static boolean faitConfiance(Path regles) {
        try (Stream<String> lignes = Files.lines(regles, StandardCharsets.UTF_8)) {
            return lignes.map(l -> l.replaceFirst("#.*", "").strip()).filter(l -> !l.isEmpty())
                    .anyMatch(l -> List.of(l.split("\\s+")).contains("trust"));
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ALTER ROLE} in single-user mode: the server is not running, nothing listens. */
    private static void definirMotDePasse(Path repertoire, String motDePasse, Path postgres) {
        List<String> commande = new ArrayList<>(RepriseServeurOrphelin.pgCtl(postgres, "--single", "-D",
                repertoire.toString(), "-c", "exit_on_error=on", "-c", "password_encryption=scram-sha-256",
                SUPERUTILISATEUR));
        try {
            Path journal = Files.createTempFile("sne-postgres-mot-de-passe", ".log");
            try {
                Process processus = new ProcessBuilder(commande).redirectErrorStream(true)
                        .redirectOutput(journal.toFile()).start();
                try (OutputStream entree = processus.getOutputStream()) {
                    entree.write(("ALTER ROLE " + SUPERUTILISATEUR + " PASSWORD '" + motDePasse + "'\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                if (!processus.waitFor(120, TimeUnit.SECONDS)) {
                    processus.destroyForcibly();
                    throw new IllegalStateException("PostgreSQL embarqué : le mot de passe n'a pas pu être défini "
                            + "dans " + repertoire + " (délai dépassé)");
                }
                if (processus.exitValue() != 0) {
                    throw new IllegalStateException("PostgreSQL embarqué : le mot de passe n'a pas pu être défini "
                            + "dans " + repertoire + " : " + Files.readString(journal, StandardCharsets.UTF_8).strip());
                }
            } finally {
                Files.deleteIfExists(journal);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code postgres} binary of the distribution this cluster was made with: under {@code binaires}, a folder
     * {@code PG-…} whose server has the major version written in the cluster's {@code PG_VERSION}.
     */
    static Path postgres(Path repertoire, Path binaires) {
        String version;
        try {
            version = Files.readString(repertoire.resolve("PG_VERSION"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> candidats;
        try (Stream<Path> dossiers = Files.list(binaires)) {
            candidats = dossiers.filter(d -> d.getFileName().toString().startsWith("PG-"))
                    .map(d -> d.resolve("bin").resolve("postgres")).filter(Files::isExecutable).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path candidat : candidats) {
            if (version.equals(versionMajeure(candidat))) {
                return candidat;
            }
        }
        throw new IllegalStateException("PostgreSQL embarqué : aucun serveur PostgreSQL " + version + " sous "
                + binaires + " pour le dossier " + repertoire);
    }

    /** "14" for "postgres (PostgreSQL) 14.22". */
    private static String versionMajeure(Path postgres) {
        try {
            Process processus = new ProcessBuilder(postgres.toString(), "--version").redirectErrorStream(true).start();
            String sortie = new String(processus.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            processus.waitFor(30, TimeUnit.SECONDS);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\) (\\d+)").matcher(sortie);
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Replaces the file at once with this content, readable and writable by its owner only. */
    private static void ecrireProprietaireSeul(Path fichier, String contenu) {
        Path temporaire = fichier.resolveSibling(fichier.getFileName() + ".nouveau");
        try {
            Files.deleteIfExists(temporaire);
            try {
                Files.createFile(temporaire, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporaire); // not a POSIX file system: the data folder's own protection
            } catch (FileAlreadyExistsException e) {
                throw new IllegalStateException(e);
            }
            Files.writeString(temporaire, contenu, StandardCharsets.UTF_8);
            Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
