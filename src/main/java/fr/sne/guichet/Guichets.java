package fr.sne.guichet;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Look-up of guichets enregistreurs and of the state of their API clients. */
public interface Guichets {

    /** @return the guichet with this code, active or not, if it exists */
    Optional<Guichet> parCode(String code);

    /**
     * The stored guichet with its {@code actif} flag and the state and habilitations of the API client calling for
     * it, read together: the API edge asks on every request, so that a revoked client, a withdrawn habilitation or
     * a deactivated guichet is refused at once on every instance.
     */
    Optional<GuichetEnregistre> enregistre(String code, @Nullable String client);

    /** @return this API client's state and territory; empty when the registry does not know it */
    Optional<ClientApiEnregistre> client(String client);
}
