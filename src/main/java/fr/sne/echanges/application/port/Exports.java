package fr.sne.echanges.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.echanges.domaine.CommandeExport;
import fr.sne.echanges.domaine.Export;

/**
 * The exports and their jobs (table {@code export}, ADR 0022). Every method runs in its own short transaction
 * (never in the export's read-only snapshot), except {@link #verrouillerEffacements}, {@link #radiees},
 * {@link #terminer} and {@link #expirer}, which run in the caller's.
 */
public interface Exports {

    /** Records an export asked, EN_ATTENTE, expiring at {@code expireLe}. */
    Export creer(String lecteur, Acteur acteur, CommandeExport commande, Instant demandeLe, Instant expireLe);

    /** The export of this number if this reader asked it (another's: empty, as an unknown one). */
    Optional<Export> duLecteur(String numero, String lecteur);

    /** The latest exports of this reader, newest first. */
    List<Export> duLecteur(String lecteur, int limite);

    /**
     * Claims the oldest export waiting, or running under a lease run out (its instance died: taken over), with
     * {@code FOR UPDATE SKIP LOCKED}: EN_COURS for this instance under a new lease, its attempt counted, its
     * previous attempt's traces removed. An export already tried {@code tentativesMax} times fails instead.
     */
    Optional<Tache> reclamer(String instance, Instant maintenant, Duration garde, int tentativesMax);

    /** A job claimed: the export, who asked it (to read with the same visibility), and its attempt. */
    record Tache(Export export, Acteur acteur, int tentative, boolean reprise) {
    }

    /**
     * Renews the lease and records the progress; false when the job is no longer this instance's (taken over,
     * expired by an erasure): the writer stops.
     */
    boolean prolonger(Tache tache, String instance, Instant maintenant, Duration garde, long lignes, Long total);

    /**
     * Records the feed's horizon of the export's snapshot (the oldest transaction then running); false when the job
     * is no longer this instance's.
     */
    boolean noterHorizon(Tache tache, String instance, long horizon);

    /** Records radiated demandes written in the export (those an erasure can reach within its life). */
    void noterRadiees(Tache tache, Collection<String> numerosUniques);

    /** Serialises the end of an export and the erasures (caller's transaction): see ADR 0022. */
    void verrouillerEffacements();

    /** The radiated demandes the export holds, after {@code apres} in their order, at most {@code limite}. */
    List<String> radiees(long exportId, String apres, int limite);

    /**
     * Marks the export PRET with its file (caller's transaction); false when it is no longer this instance's job.
     */
    boolean terminer(Tache tache, String instance, Instant maintenant, long lignes, int fichiers, long taille,
            String sha256, String cle);

    /** Marks it EXPIRE for this reason (caller's transaction); false when it is no longer this instance's job. */
    boolean expirerTache(Tache tache, String instance, Instant maintenant, String motif);

    /** Marks it ECHEC with its reason; false when it is no longer this instance's job. */
    boolean echouer(Tache tache, String instance, Instant maintenant, String motif);

    /**
     * Expires the exports whose 7 days are over (caller's transaction).
     *
     * @return the keys of their files, to delete
     */
    List<String> expirer(Instant maintenant);
}
