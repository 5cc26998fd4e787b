package fr.sne.demande;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * The demande module's door for the movements of the pieces justificatives (issue 17, ADR 0023): a piece lodged
 * (PJD), deleted (PJS), reclassified (PJR) or qualified (PJQ) is one movement carrying the piece's metadata
 * ({@link DocumentMouvement.Piece}), recorded on the demande's current version without moving it, like an event
 * (EVT). The pieces module decides; this door only writes.
 */
public interface MouvementsPieces {

    /**
     * Records the movement in the caller's transaction (required); the demande's row is locked (shared) until the
     * commit.
     *
     * @return the demande's version the movement was recorded on
     * @throws fr.sne.commun.RessourceIntrouvableException unknown demande ({@code INTROUVABLE}) or erased demande
     *                                                     ({@code DONNEES_EFFACEES})
     */
    int journaliser(MouvementPiece mouvement, Acteur acteur);

    /** The movement types of a piece. */
    enum TypePiece {
        /** Lodged. */
        PJD,
        /** Deleted (with its reason). */
        PJS,
        /** Reclassified to another category. */
        PJR,
        /** Qualified by an agent. */
        PJQ
    }

    /**
     * A piece's movement to record.
     *
     * @param guichet             the guichet that acts (null for an actor acting for no guichet, or the system)
     * @param piece               the piece's metadata after the action
     * @param categoriePrecedente PJR: the category it leaves; null otherwise
     * @param motif               PJS: the reason of the deletion; null otherwise
     */
    record MouvementPiece(TypePiece type, String numeroUnique, @Nullable String guichet,
            DocumentMouvement.PieceDecrite piece, @Nullable String categoriePrecedente, @Nullable String motif) {

        public MouvementPiece {
            if ((type == TypePiece.PJR) != (categoriePrecedente != null)) {
                throw new IllegalArgumentException("la catégorie précédente est celle d'un reclassement (PJR)");
            }
            if ((type == TypePiece.PJS) != (motif != null)) {
                throw new IllegalArgumentException("le motif est celui d'une suppression (PJS)");
            }
        }
    }
}
