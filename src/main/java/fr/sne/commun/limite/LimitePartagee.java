package fr.sne.commun.limite;

import java.time.Duration;
import java.util.Base64;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.VerboseResult;

import fr.sne.commun.Empreintes;

/**
 * At most {@code limite} units per window and per key, counted for all instances together in a shared bucket
 * ({@link SeauxPartages}): capacity {@code limite}, refilled intervally, the whole of it at once at the end of the
 * window. Unlike the API's quota, which spends batches taken locally, every unit spent here visits the database:
 * what it counts is rare (a failed sign-in, an anonymous request) and must be exact across instances. A key seen
 * exhausted is remembered by this instance until the end of its window, so that a flood on it stops reaching the
 * database; that memory is bounded ({@value #MEMOIRE_MAX} keys).
 */
public final class LimitePartagee {

    /** What the limit says of one unit spent. */
    public record Decision(boolean accordee, boolean epuisee, long secondesAvantFin) {
    }

    static final int MEMOIRE_MAX = 10_000;

    /** A key column holds 64 characters. */
    private static final int TAILLE_CLE = 64;

    private final SeauxPartages seaux;
    private final String prefixe;
    private final int limite;
    private final BucketConfiguration configuration;
    private final TimeMeter chronometre;
    /** Keys this instance saw exhausted, with the end of their window (clock nanoseconds). */
    private final ConcurrentMap<String, Long> epuisees = new ConcurrentHashMap<>();

    /**
     * @param prefixe what the keys count (a few letters, e.g. {@code echec-client}), so that two limits never share
     *        a bucket
     */
    public LimitePartagee(SeauxPartages seaux, String prefixe, int limite, Duration fenetre) {
        if (limite < 1 || fenetre.isNegative() || fenetre.isZero()) {
            throw new IllegalArgumentException("limite et fenêtre doivent être positives");
        }
        this.seaux = seaux;
        this.prefixe = prefixe;
        this.limite = limite;
        this.configuration = BucketConfiguration.builder()
                .addLimit(bande -> bande.capacity(limite).refillIntervally(limite, fenetre))
                .build();
        this.chronometre = seaux.chronometre();
    }

    public int limite() {
        return limite;
    }

    /** How many seconds the key is still exhausted for, or empty when it may spend; writes nothing. */
    public OptionalLong attente(String valeur) {
        String cle = cle(valeur);
        OptionalLong connue = memoire(cle);
        if (connue.isPresent() || !seaux.existe(cle)) {
            return connue;
        }
        VerboseResult<Long> disponibles = seaux.seau(cle, configuration).asVerbose().getAvailableTokens();
        if (disponibles.getValue() > 0) {
            return OptionalLong.empty();
        }
        long fin = disponibles.getOperationTimeNanos() + disponibles.getDiagnostics().calculateFullRefillingTime();
        retenir(cle, fin);
        return OptionalLong.of(secondes(fin - chronometre.currentTimeNanos()));
    }

    /**
     * Spends one unit of the key. {@code epuisee} is true when the key has none left after it (this unit took the
     * last one, or there was none); {@code accordee} false when there was none.
     */
    public Decision prendre(String valeur) {
        String cle = cle(valeur);
        OptionalLong connue = memoire(cle);
        if (connue.isPresent()) {
            return new Decision(false, true, connue.getAsLong());
        }
        long maintenant = chronometre.currentTimeNanos();
        ConsumptionProbe sonde = seaux.seau(cle, configuration).tryConsumeAndReturnRemaining(1);
        long secondes = secondes(sonde.getNanosToWaitForReset());
        boolean epuisee = !sonde.isConsumed() || sonde.getRemainingTokens() == 0;
        if (epuisee) {
            retenir(cle, maintenant + sonde.getNanosToWaitForReset());
        }
        return new Decision(sonde.isConsumed(), epuisee, secondes);
    }

    private OptionalLong memoire(String cle) {
        Long fin = epuisees.get(cle);
        if (fin == null) {
            return OptionalLong.empty();
        }
        long reste = fin - chronometre.currentTimeNanos();
        if (reste <= 0) {
            epuisees.remove(cle, fin);
            return OptionalLong.empty();
        }
        return OptionalLong.of(secondes(reste));
    }

    private void retenir(String cle, long fin) {
        if (epuisees.size() >= MEMOIRE_MAX) {
            long maintenant = chronometre.currentTimeNanos();
            epuisees.values().removeIf(f -> f <= maintenant);
            if (epuisees.size() >= MEMOIRE_MAX) {
                return;
            }
        }
        epuisees.put(cle, fin);
    }

    private static long secondes(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /**
     * The bucket's key: prefix and value, the value replaced by its SHA-256 when the whole would not fit or the
     * value holds control characters (a value comes from the request).
     */
    String cle(String valeur) {
        String cle = prefixe + ":" + valeur;
        if (cle.length() <= TAILLE_CLE && valeur.chars().noneMatch(Character::isISOControl)) {
            return cle;
        }
        return prefixe + ":#" + Base64.getUrlEncoder().withoutPadding().encodeToString(Empreintes.sha256(valeur));
    }
}
