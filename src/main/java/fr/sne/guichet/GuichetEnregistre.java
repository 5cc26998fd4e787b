package fr.sne.guichet;

import java.util.Set;

import org.jspecify.annotations.Nullable;


/**
 * A guichet as stored, with its activity flag and, when asked for a given API client, that client's state and
 * habilitations.
 *
 * @param clientActif    state of the calling API client in {@code client_api} (false = revoked); null when the
 *                       client is not registered there (a client of an external issuer)
 * @param habilitations  the habilitations the calling client holds in {@code client_api_habilitation}; none when
 *                       the registry does not know the client (ADR 0017)
 */
public record GuichetEnregistre(Guichet guichet, boolean actif, @Nullable Boolean clientActif,
        Set<Habilitation> habilitations) {

    public GuichetEnregistre {
        habilitations = Set.copyOf(habilitations);
    }

    public GuichetEnregistre(Guichet guichet, boolean actif, @Nullable Boolean clientActif) {
        this(guichet, actif, clientActif, Set.of());
    }

    public GuichetEnregistre(Guichet guichet, boolean actif) {
        this(guichet, actif, null);
    }
}
