package fr.sne.api;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.VerboseResult;

import fr.sne.commun.limite.SeauxPartages;

/**
 * At most {@code limite} requests per window and per key (a guichet), counted for all instances of the
 * application together.
 *
 * <p>The quota lives in a shared token bucket (in production one row of {@code limite_debit}, read and written
 * by Bucket4j under {@code select ... for update}): capacity {@code limite}, refilled <em>intervally</em>, all
 * {@code limite} tokens at once at the end of each window. A request does not go to the shared bucket each
 * time: each instance takes up to {@code lot} tokens at once and spends them locally, so the database is hit
 * about once every {@code lot} requests. Tokens taken locally are only valid until the end of the shared window
 * they were taken in, and the shared bucket, once seen empty, is not asked again before that end.
 *
 * <p>Consequences, with all instances on the same clock: never more than {@code limite} grants per window in
 * total (a token is granted once, and a local token never outlives its window); but up to {@code lot - 1}
 * tokens per instance may stay unused at the end of a window, so a guichet whose calls land on several
 * instances may be refused slightly before {@code limite}. With clocks apart by δ, an instance behind may
 * still spend up to {@code lot - 1} tokens of the previous window during δ after the refill.
 * {@code RateLimit-Remaining} is what the shared bucket had at this instance's last visit, plus its local
 * tokens.
 */
final class LimiteurDebit {

    /** The table the shared buckets live in (created by Flyway, V20). */
    static final String TABLE = SeauxPartages.TABLE;

    /** What the limiter says of one request. */
    record Decision(boolean accordee, int limite, int restantes, long secondesAvantFinDeFenetre) {
    }

    /** This instance's view of one key's bucket, guarded by its lock. */
    private static final class Budget {

        final ReentrantLock verrou = new ReentrantLock();
        final Bucket seau;
        /** Tokens taken from the shared bucket and not spent yet; valid until {@link #finNanos}. */
        long jetons;
        /** Tokens the shared bucket had left at the last visit. */
        long restantesPartagees;
        /** When the shared window of the last visit ends (the bucket is full again), clock nanoseconds. */
        long finNanos = Long.MIN_VALUE;

        Budget(Bucket seau) {
            this.seau = seau;
        }
    }

    private final int limite;
    private final int lot;
    private final TimeMeter chronometre;
    private final Function<String, Bucket> seaux;
    private final ConcurrentMap<String, Budget> budgets = new ConcurrentHashMap<>();

    /**
     * @param seaux the shared bucket of a key, configured by {@link #configuration} and timed by
     *        {@link #chronometre} on the same clock
     * @param lot how many tokens an instance takes from the shared bucket at once (1: every request goes to it)
     */
    LimiteurDebit(int limite, Clock horloge, Function<String, Bucket> seaux, int lot) {
        if (limite < 1 || lot < 1) {
            throw new IllegalArgumentException("limite et lot doivent être positifs");
        }
        this.limite = limite;
        this.lot = lot;
        this.chronometre = chronometre(horloge);
        this.seaux = seaux;
    }

    /**
     * A limiter whose buckets are rows of {@link #TABLE} in the given database, shared by all instances
     * ({@link SeauxPartages}: Bucket4j's select-for-update strategy rather than its advisory-lock one: the key is a
     * guichet code, and a row lock serialises exactly the visits to that guichet's row, where an advisory lock needs
     * the key hashed to a 64-bit lock id, two guichets may then wait on each other, in a lock space other code may
     * use).
     */
    static LimiteurDebit partage(int limite, Duration fenetre, Clock horloge, DataSource source, int lot) {
        SeauxPartages seaux = new SeauxPartages(source, horloge);
        BucketConfiguration configuration = configuration(limite, fenetre);
        return new LimiteurDebit(limite, horloge, cle -> seaux.seau(cle, configuration), lot);
    }

    /**
     * How many tokens an instance takes at once by default: 2 % of the quota (24 for 1,200 a minute), so that at
     * most one request in {@code lot} waits for the database, and at most {@code lot - 1} tokens per instance
     * may go unused at the end of a window.
     */
    static int lotParDefaut(int limite) {
        return Math.max(1, limite / 50);
    }

    /**
     * Capacity {@code limite}, refilled intervally: the whole quota comes back at once when the window ends, as
     * the {@code RateLimit-Reset} header announces. A greedy refill (one token every {@code fenetre / limite})
     * would smooth the rate but make "the window" and its reset meaningless to the caller.
     */
    static BucketConfiguration configuration(int limite, Duration fenetre) {
        if (fenetre.isNegative() || fenetre.isZero()) {
            throw new IllegalArgumentException("la fenêtre doit être positive");
        }
        return BucketConfiguration.builder()
                .addLimit(bande -> bande.capacity(limite).refillIntervally(limite, fenetre))
                .build();
    }

    /** The given clock as Bucket4j reads time: wall-clock nanoseconds, comparable between instances. */
    static TimeMeter chronometre(Clock horloge) {
        return SeauxPartages.chronometre(horloge);
    }

    Decision prendre(String cle) {
        Budget budget = budgets.computeIfAbsent(cle, k -> new Budget(seaux.apply(k)));
        budget.verrou.lock();
        try {
            long maintenant = chronometre.currentTimeNanos();
            if (maintenant >= budget.finNanos) {
                // a new window: what was taken in the previous one is lost, the shared bucket is full again
                budget.jetons = 0;
                budget.restantesPartagees = -1;
            }
            if (budget.jetons == 0 && budget.restantesPartagees != 0) {
                VerboseResult<Long> prise = budget.seau.asVerbose().tryConsumeAsMuchAsPossible(lot);
                budget.jetons = prise.getValue();
                budget.restantesPartagees = prise.getDiagnostics().getAvailableTokens();
                budget.finNanos = prise.getOperationTimeNanos() + prise.getDiagnostics().calculateFullRefillingTime();
            }
            long secondes = Math.max(1, (budget.finNanos - maintenant + 999_999_999L) / 1_000_000_000L);
            if (budget.jetons == 0) {
                return new Decision(false, limite, 0, secondes);
            }
            budget.jetons--;
            return new Decision(true, limite, Math.toIntExact(budget.jetons + budget.restantesPartagees), secondes);
        } finally {
            budget.verrou.unlock();
        }
    }
}
