package fr.sne.pieces.application;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.domaine.Piece;

/**
 * Lodges a piece on a demande the actor sees (issue 17 §2): its content is checked (type recognised from the bytes:
 * PDF, JPEG or PNG; no encrypted PDF, none with JavaScript or embedded files; an image's declared size read from its
 * header only; a truncated or empty file refused; at most {@code sne.pieces.taille-max}), a file already on the
 * demande (same SHA-256) or a full category refused; then its bytes are streamed to the store under
 * {@code pieces/<uuid>}, its metadata and its movement (PJD) written, in one transaction. Refusals are exceptions
 * carrying a {@link fr.sne.commun.CodeMotif}; nothing is stored when refused.
 */
@Service
public class DeposerPiece {

    /**
     * @return the piece lodged
     * @throws fr.sne.commun.RessourceIntrouvableException unknown or invisible demande, or erased
     * @throws fr.sne.commun.ConflitException              a full category ({@code CATEGORIE_PLEINE}), the same file
     *                                                     already on the demande ({@code PIECE_EN_DOUBLE})
     */
    public Piece deposer(DepotPiece depot, Acteur acteur) {
        throw new UnsupportedOperationException("dépôt d'une pièce : à venir");
    }
}
