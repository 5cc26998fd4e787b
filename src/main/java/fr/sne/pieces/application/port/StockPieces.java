package fr.sne.pieces.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.domaine.Piece;

/**
 * The pieces' metadata ({@code piece}). A piece read here carries its stored {@code obsolete} flag (the use cases
 * add the category's rule of today).
 */
public interface StockPieces {

    /**
     * Serialises the changes of one demande's pieces until the end of the caller's transaction (two lodgings in one
     * category cannot both take its last place).
     */
    void verrouiller(String numeroUnique);

    /** The pieces of the demande not deleted, in the order lodged. */
    List<Piece> actives(String numeroUnique);

    /** A piece by its id, deleted or not. */
    Optional<PieceEnregistree> parId(UUID id);

    /** Writes a new piece's metadata. */
    void ajouter(Piece piece, String cleStockage, Acteur acteur);

    /** Marks it deleted, with who, when and why. */
    void supprimer(UUID id, Instant quand, Acteur par, String motif);

    /** Moves it to another category. */
    void reclasser(UUID id, String categorie);

    /**
     * A piece as stored.
     *
     * @param cleStockage  its key in the store
     * @param supprimeeLe  when it was deleted, if it was
     */
    record PieceEnregistree(Piece piece, String cleStockage, @Nullable Instant supprimeeLe) {
    }
}
