package fr.sne.pieces.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.sne.pieces.domaine.CerfaNumerise;

/** The queue of scanned Cerfas (table {@code cerfa_numerise}, V106), written by the pieces module only. */
public interface FileCerfas {

    /** @return false when a scan of the same SHA-256 is already there (nothing written) */
    boolean ajouter(CerfaNumerise cerfa, String cleStockage);

    Optional<CerfaNumerise> parId(UUID id);

    Optional<CerfaNumerise> parSha256(String sha256);

    /** The scans waiting for data entry, oldest first. */
    List<CerfaNumerise> aSaisir(int limite);

    /** How many wait. */
    long nombreASaisir();

    /** The scan a draft types, with a lock on its row until the transaction ends. */
    Optional<CerfaNumerise> verrouillerParBrouillon(UUID brouillon);

    Optional<CerfaNumerise> parBrouillon(UUID brouillon);

    /** Links a waiting scan to a new draft of this agent (a later draft replaces an earlier one); false if filed. */
    boolean lier(UUID id, UUID brouillon, String agent);

    /** Out of the queue: filed on this demande. */
    void marquerSaisi(UUID id, String numeroUnique, String agent, Instant le);
}
