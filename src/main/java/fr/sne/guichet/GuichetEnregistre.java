package fr.sne.guichet;

import org.jspecify.annotations.Nullable;


/**
 * A guichet as stored, with its activity flag and, when asked for a given API client, that client's state.
 *
 * @param clientActif state of the calling API client in {@code client_api} (false = revoked); null when the
 *                    client is not registered there (a client of an external issuer)
 */
public record GuichetEnregistre(Guichet guichet, boolean actif, @Nullable Boolean clientActif) {

    public GuichetEnregistre(Guichet guichet, boolean actif) {
        this(guichet, actif, null);
    }
}
