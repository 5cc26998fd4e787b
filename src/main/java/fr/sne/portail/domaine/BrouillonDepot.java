package fr.sne.portail.domaine;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The filing in progress of one account (one at a time): the answers so far, as typed, and the page reached, so that
 * the applicant stops and comes back, on another day or another device. Its id is the idempotency key of the
 * filing: the same draft files one demande, however often its last page is sent.
 */
public record BrouillonDepot(UUID id, UUID compte, Map<String, String> reponses, EtapeDepot etape, Instant creeLe,
        Instant modifieLe) {

    public BrouillonDepot {
        reponses = Map.copyOf(reponses);
    }
}
