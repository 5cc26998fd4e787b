package fr.sne.demande;

import java.util.Set;

/**
 * The port through which every module erases its own nominative rows of the demandes erased one year after their
 * radiation (décret 2017-917 art. 4): the demande module erases its rows, then hands the erased demandes to each
 * implementation, in the same transaction (an implementation that fails rolls the whole erasure back, to be done
 * again the next night). Implemented by each module that keeps rows about a demande: attributions, and later
 * pièces justificatives, DRM, exports, scores (cotation) and the applicants' portal attachments. Today no other
 * module has nominative rows; the tests implement it.
 * <p>
 * A module erases its rows in SQL within the call, and returns the keys of its stored files
 * ({@link fr.sne.commun.stockage.Stockage}) to delete: they are deleted after the commit, retried until done
 * (ADR 0010), never before the rows that name them are gone.
 */
public interface EffacementDemandes {

    /**
     * Erases this module's nominative rows of these demandes, in the caller's transaction.
     *
     * @return the keys of the stored files to delete once the erasure has committed (empty when none)
     */
    Set<String> effacer(DemandesEffacees effacees);
}
