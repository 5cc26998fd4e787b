package fr.sne.attribution.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Port: the leases signed on the dwellings of the chain (one per dwelling). */
public interface Baux {

    /** A lease as signed, with the data of R441-2-9 CCH. */
    record Bail(long id, long logementId, long candidatureId, @Nullable String numeroUnique, LocalDate dateSignature,
            String accordCollectif, boolean prioritaireDalo, String contingent, @Nullable Long reservataireId,
            String guichet, Instant signeLe) {
    }

    /** @return its id; a second lease on the dwelling is refused ({@code BAIL_DEJA_SIGNE}) */
    long signer(Bail bail);

    /** The lease of the chain signed for this demande, if any. */
    Optional<Bail> deLaDemande(String numeroUnique);
}
