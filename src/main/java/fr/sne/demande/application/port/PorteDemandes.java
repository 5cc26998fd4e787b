package fr.sne.demande.application.port;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.EvenementDemande;

/**
 * The one door through which a use case writes a change of a demande (ADR 0004): it hands the typed event the
 * demande decided; the door writes the rows and the movement in the caller's transaction (required), then publishes
 * the event.
 */
public interface PorteDemandes {

    /**
     * Writes an event: the demande's rows and its movement, in the caller's transaction, then publishes the event.
     *
     * @param cle the request a registration answers, remembered with it; null for any other change
     * @return the demande after the event
     */
    Demande appliquer(EvenementDemande evenement, @Nullable CleIdempotence cle);

    /**
     * The request that caused a change, remembered so that a retry with the same key is answered with the same
     * demande: written in the same statement as the demande.
     */
    record CleIdempotence(String guichet, String cle, String empreinte) {
    }
}
