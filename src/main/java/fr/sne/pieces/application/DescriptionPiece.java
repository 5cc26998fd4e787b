package fr.sne.pieces.application;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.MouvementsPieces.MouvementPiece;
import fr.sne.demande.MouvementsPieces.TypePiece;
import fr.sne.pieces.domaine.Piece;

/** A piece's metadata as its movements carry them. */
final class DescriptionPiece {

    private DescriptionPiece() {
    }

    static DocumentMouvement.PieceDecrite de(Piece piece) {
        return new DocumentMouvement.PieceDecrite(piece.id(), piece.categorie(), piece.personne(),
                piece.pages().stream().map(p -> new DocumentMouvement.PagesPiece(p.de(), p.a(), p.libelle())).toList(),
                piece.typeMedia(), piece.taille(), piece.sha256(), piece.guichet(), piece.deposeeLe(),
                piece.qualification() == null ? null : piece.qualification().name(), piece.obsolete());
    }

    static MouvementPiece qualification(Piece apres, fr.sne.commun.acteur.Acteur acteur) {
        return new MouvementPiece(TypePiece.PJQ, apres.numeroUnique(), acteur.guichet(), de(apres), null, null);
    }
}
