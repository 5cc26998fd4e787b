package fr.sne.portail.application.port;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The queue of messages carrying a demande's numéro and personal code ({@code envoi_code_personnel}). */
public interface EnvoisCodes {

    /** Why a message is sent. */
    enum Motif {
        /** the demande was just registered (e-mail only, when it has an address) */
        INSCRIPTION,
        /** the applicant asked for a new code on the portal */
        RENVOI
    }

    /** How it goes. */
    enum Canal {
        COURRIEL,
        COURRIER
    }

    /** A message waiting to be sent. */
    record Envoi(long id, String numeroUnique, Motif motif, Canal canal) {
    }

    void demander(String numeroUnique, Motif motif, Canal canal, Instant le);

    /** @return how many new codes were asked for this demande since this instant */
    int renvoisDepuis(String numeroUnique, Instant depuis);

    /**
     * Takes the messages of this channel not sent yet and not taken by another sender (or whose lease ran out),
     * oldest first, for the time of the lease, in a short transaction of its own (committed on return): the caller
     * sends them outside any transaction, so that no transaction stays open while a mail server answers.
     */
    List<Envoi> reserver(Canal canal, int limite, Instant maintenant, Duration bail);

    /** Gives back messages taken and not sent (the next pass takes them again at once). */
    void liberer(List<Long> ids);

    /** Marks these messages sent (one short transaction). */
    void marquerEnvoyes(List<Long> ids, Instant le, @Nullable String lotCourrier);

    default void marquerEnvoye(long id, Instant le, @Nullable String lotCourrier) {
        marquerEnvoyes(List.of(id), le, lotCourrier);
    }
}
