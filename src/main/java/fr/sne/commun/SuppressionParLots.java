package fr.sne.commun;

import java.util.function.IntUnaryOperator;

/**
 * The loop of every retention purge: delete at most a batch of rows, again, until a batch comes back short, so
 * that a large table is never locked for long and each batch commits on its own.
 */
public final class SuppressionParLots {

    private SuppressionParLots() {
    }

    /**
     * @param lot       rows per batch
     * @param supprimer deletes at most the given number of rows and returns how many it deleted
     * @return rows deleted in all
     */
    public static int jusquAuBout(int lot, IntUnaryOperator supprimer) {
        int total = 0;
        int supprimes;
        do {
            supprimes = supprimer.applyAsInt(lot);
            total += supprimes;
        } while (supprimes == lot);
        return total;
    }
}
