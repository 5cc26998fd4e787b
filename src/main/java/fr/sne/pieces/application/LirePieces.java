package fr.sne.pieces.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.pieces.domaine.Piece;

/**
 * The pieces of a demande the actor sees: their metadata, and the bytes of one (each display journalled like the
 * display of a tab of the demande).
 */
@Service
public class LirePieces {

    /**
     * The pieces not deleted, in the order lodged.
     *
     * @throws fr.sne.commun.RessourceIntrouvableException unknown or invisible demande
     */
    public List<Piece> liste(String numeroUnique, Acteur acteur) {
        throw new UnsupportedOperationException("liste des pièces : à venir");
    }

    /**
     * A piece's metadata and bytes (a stream the caller closes); the display is journalled.
     *
     * @throws fr.sne.commun.RessourceIntrouvableException unknown, deleted, or of a demande the actor does not see
     */
    public PieceOuverte ouvrir(UUID id, Acteur acteur) {
        throw new UnsupportedOperationException("ouverture d'une pièce : à venir");
    }
}
