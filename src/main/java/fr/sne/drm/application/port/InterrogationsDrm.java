package fr.sne.drm.application.port;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.drm.domaine.MotifInterrogation;

/** The outbox of fetches ({@code drm_interrogation}): one pending fetch per demande. */
public interface InterrogationsDrm {

    /**
     * Queues a fetch of this demande, in the caller's transaction; a pending one takes the new reason and starts
     * again (so that a sender that took the former one records nothing and leaves it for the next pass).
     */
    void demander(String numeroUnique, MotifInterrogation motif, Instant le);

    /**
     * Takes up to {@code limite} fetches due now and not taken, for {@code bail}, in one short statement of its
     * own; the others senders skip them until then.
     */
    List<Reservee> reserver(int limite, Instant maintenant, Duration bail);

    /**
     * In the caller's transaction: locks this fetch's row and tells whether it is still the one taken (the same
     * {@code demandeLe}); when it is not, gives the new one back to the queue at once.
     */
    boolean verrouillerSiInchangee(String numeroUnique, Instant demandeLe);

    /** Deletes the fetch once its result is recorded (caller's transaction, after {@link #verrouillerSiInchangee}). */
    void terminer(String numeroUnique);

    /** Gives the fetch back for {@code prochainEssai}, counting the failure (caller's transaction). */
    void reporter(String numeroUnique, int essais, Instant prochainEssai, String erreur);

    /** A fetch taken. */
    record Reservee(String numeroUnique, MotifInterrogation motif, Instant demandeLe, int essais,
            @Nullable LocalDate releve) {
    }
}
