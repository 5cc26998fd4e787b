package fr.sne.commun.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * Makes a persistent data folder startable again after the JVM that ran its embedded PostgreSQL was killed
 * ({@code kill -9}, a crash): the server it started outlives it and keeps {@code postmaster.pid}, so that the next
 * start would fail on the lock file. Before starting, this reads {@code postmaster.pid} (PostgreSQL's lock file:
 * pid, data folder, start time, port…) and:
 * <ul>
 * <li>if the process is alive and is a PostgreSQL running on <em>this</em> data folder (its command is
 * {@code postgres} and its {@code -D} argument, or its working directory, is this folder), stops it cleanly
 * ({@code pg_ctl stop -m fast} from the binaries it runs from, else SIGTERM) and waits for it to exit;</li>
 * <li>if the process is gone, leaves the file to PostgreSQL, which removes a stale lock file itself;</li>
 * <li>if the pid now belongs to another process (pid reused after a reboot or a long time), deletes the stale
 * file, which PostgreSQL would otherwise take for a live server; that process is left alone.</li>
 * </ul>
 * A server is only an orphan if no live process holds the embedded PostgreSQL's own lock ({@code epg-lock},
 * released by the operating system when its JVM dies): a folder in use by another running instance is refused,
 * never stopped.
 */
final class RepriseServeurOrphelin {

    /** What was found in the data folder. */
    enum Issue {
        /** No {@code postmaster.pid}: nothing to do. */
        AUCUN_SERVEUR,
        /** An orphan server of this folder, now stopped. */
        ORPHELIN_ARRETE,
        /** {@code postmaster.pid} names a process that has exited: PostgreSQL removes the file itself. */
        PROCESSUS_DISPARU,
        /** {@code postmaster.pid} names a live process that is not this folder's server: file deleted. */
        FICHIER_PERIME_SUPPRIME
    }

    private static final Logger LOG = LoggerFactory.getLogger(RepriseServeurOrphelin.class);
    private static final String FICHIER_PID = "postmaster.pid";
    /** Lock file of the zonky embedded PostgreSQL, held by the JVM that runs the server. */
    private static final String VERROU_EMBARQUE = "epg-lock";

    private RepriseServeurOrphelin() {
    }

    /** The first lines of {@code postmaster.pid}. */
    record FichierPid(long pid, Path repertoire, int port) {

        static Optional<FichierPid> lire(Path repertoireDonnees) {
            Path fichier = repertoireDonnees.resolve(FICHIER_PID);
            List<String> lignes;
            try {
                lignes = Files.readAllLines(fichier, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // PostgreSQL writes the file in several steps: a partial one was left by a crash while starting
            return Optional.of(new FichierPid(entier(lignes, 0), lignes.size() > 1 ? Path.of(lignes.get(1).trim())
                    : repertoireDonnees, (int) entier(lignes, 3)));
        }

        private static long entier(List<String> lignes, int index) {
            try {
                return index < lignes.size() ? Long.parseLong(lignes.get(index).trim()) : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /**
     * Frees the data folder if an orphan server or a stale lock file holds it.
     *
     * @throws IllegalStateException if another running instance uses the folder, or the orphan does not stop
     */
    static Issue reprendre(Path repertoireDonnees, Duration delaiArret) {
        Path repertoire = repertoireDonnees.toAbsolutePath().normalize();
        Optional<FichierPid> lu = FichierPid.lire(repertoire);
        if (lu.isEmpty()) {
            return Issue.AUCUN_SERVEUR;
        }
        verifierAucuneInstanceVivante(repertoire);
        FichierPid fichier = lu.get();
        if (fichier.pid() <= 0) {
            LOG.warn("PostgreSQL embarqué : {} illisible dans {}, supprimé", FICHIER_PID, repertoire);
            supprimerFichierPid(repertoire);
            return Issue.FICHIER_PERIME_SUPPRIME;
        }
        Optional<ProcessHandle> processus = ProcessHandle.of(fichier.pid());
        if (processus.isEmpty() || !processus.get().isAlive()) {
            LOG.info("PostgreSQL embarqué : le serveur {} de {} n'existe plus, PostgreSQL reprendra seul",
                    fichier.pid(), repertoire);
            return Issue.PROCESSUS_DISPARU;
        }
        ProcessHandle serveur = processus.get();
        if (!estLeServeurDe(serveur, repertoire)) {
            LOG.warn("PostgreSQL embarqué : {} nomme le processus {} qui n'est pas le serveur de ce dossier ; "
                    + "fichier périmé supprimé, le processus est laissé tel quel", FICHIER_PID, fichier.pid());
            supprimerFichierPid(repertoire);
            return Issue.FICHIER_PERIME_SUPPRIME;
        }
        LOG.warn("PostgreSQL embarqué : serveur orphelin {} (port {}) laissé par une exécution interrompue sur {} ; "
                + "arrêt propre avant redémarrage", serveur.pid(), fichier.port(), repertoire);
        arreter(serveur, repertoire, delaiArret);
        return Issue.ORPHELIN_ARRETE;
    }

    private static void supprimerFichierPid(Path repertoire) {
        try {
            Files.deleteIfExists(repertoire.resolve(FICHIER_PID));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded PostgreSQL's lock is held while its JVM lives, whatever became of the server. */
    private static void verifierAucuneInstanceVivante(Path repertoire) {
        Path verrou = repertoire.resolve(VERROU_EMBARQUE);
        if (!Files.exists(verrou)) {
            return;
        }
        try (FileChannel canal = FileChannel.open(verrou, StandardOpenOption.WRITE)) {
            FileLock pris = canal.tryLock();
            if (pris == null) {
                throw dossierOccupe(repertoire);
            }
            pris.release();
        } catch (OverlappingFileLockException e) {
            throw dossierOccupe(repertoire);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalStateException dossierOccupe(Path repertoire) {
        return new IllegalStateException("Le dossier de données " + repertoire
                + " est utilisé par une autre instance en cours d'exécution : arrêtez-la ou choisissez un autre "
                + "SNE_DATA_DIR.");
    }

    /**
     * A PostgreSQL server of this very folder: its command is {@code postgres} (or {@code postmaster}) and its
     * {@code -D} argument or, on Linux, its working directory (the server moves into its data folder) is this folder.
     */
    static boolean estLeServeurDe(ProcessHandle processus, Path repertoire) {
        ProcessHandle.Info info = processus.info();
        Optional<String> commande = info.command();
        if (commande.isEmpty()) {
            return false;
        }
        String nom = Path.of(commande.get()).getFileName().toString();
        if (!nom.equals("postgres") && !nom.equals("postmaster")) {
            return false;
        }
        String[] arguments = info.arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-D") && memeDossier(Path.of(arguments[i + 1]), repertoire)) {
                return true;
            }
        }
        return memeDossier(Path.of("/proc", Long.toString(processus.pid()), "cwd"), repertoire);
    }

    private static boolean memeDossier(Path candidat, Path repertoire) {
        try {
            return Files.exists(candidat) && Files.isSameFile(candidat, repertoire);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * A command line of one of the embedded distribution's binaries ({@code pg_ctl}, {@code postgres}); as root, in
     * a user namespace of its own ({@code unshare -U}), as the embedded PostgreSQL runs its binaries, since
     * PostgreSQL refuses to run as root.
     */
    static List<String> pgCtl(Path pgCtl, String... arguments) {
        List<String> commande = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            commande.addAll(List.of("unshare", "-U"));
        }
        commande.add(pgCtl.toString());
        commande.addAll(List.of(arguments));
        return commande;
    }

    private static void arreter(ProcessHandle serveur, Path repertoire, Duration delai) {
        Optional<Path> pgCtl = serveur.info().command().map(c -> Path.of(c).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        boolean demande = false;
        if (pgCtl.isPresent()) {
            try {
                Process arret = new ProcessBuilder(pgCtl(pgCtl.get(), "stop", "-D", repertoire.toString(),
                        "-m", "fast", "-w", "-t", Long.toString(Math.max(1, delai.toSeconds()))))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                demande = arret.waitFor(delai.toMillis() + 5_000, TimeUnit.MILLISECONDS) && arret.exitValue() == 0;
            } catch (IOException e) {
                LOG.warn("PostgreSQL embarqué : pg_ctl stop a échoué ({}), arrêt par signal", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (!demande) {
            // SIGTERM: "smart" shutdown, which completes at once since the killed JVM's connections are gone
            serveur.destroy();
        }
        try {
            serveur.onExit().get(delai.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Le serveur PostgreSQL orphelin " + serveur.pid() + " de " + repertoire
                    + " ne s'est pas arrêté en " + delai.toSeconds() + " s : arrêtez-le à la main.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
