package fr.sne.portail.application.port;

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
     * The messages of this channel not sent yet, oldest first, locked until the caller's transaction ends (another
     * instance skips them).
     */
    List<Envoi> aEnvoyer(Canal canal, int limite);

    void marquerEnvoye(long id, Instant le, @Nullable String lotCourrier);
}
