package fr.sne.demande.application.port;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The idempotency keys of the registrations, per guichet, as a registration reads them (a key is written with its
 * demande, by the door: see {@link PorteDemandes.CleIdempotence}).
 */
public interface Idempotences {

    /**
     * The trace of an earlier, committed request with this key, if any. Under the key's lock
     * ({@link Demandes#verrouiller}), a request with the same key still running cannot be missed.
     */
    Optional<Trace> lire(String guichet, String cle);

    /** What an earlier request with the same key left: the fingerprint of its body and its demande. */
    record Trace(String empreinte, @Nullable String numeroUnique) {
    }
}
