package fr.sne.demande.domaine;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A draft whose content can no longer be read: written by an older version of the application, or altered. What
 * is known of it without its content, so that its agent is shown it, with its error, and deletes it, rather than
 * meeting an error page until the purge.
 *
 * @param demandeModifiee for a modification draft, the numéro of the demande it modifies; null for a registration
 */
public record BrouillonIllisible(UUID id, String agent, String guichet, String etape, Instant creeLe,
        Instant modifieLe, @Nullable String demandeModifiee) {

    /** @return true for the modification of an existing demande, false for a registration */
    public boolean estModification() {
        return demandeModifiee != null;
    }

}
