package fr.sne.pieces.application;

import fr.sne.demande.DocumentMouvement;
import fr.sne.pieces.domaine.Piece;

/** A piece's metadata as a movement carries them. */
final class Descriptions {

    private Descriptions() {
    }

    static DocumentMouvement.PieceDecrite de(Piece p) {
        return new DocumentMouvement.PieceDecrite(p.id(), p.categorie(), p.personne(), p.pages().stream()
                .map(g -> new DocumentMouvement.PagesPiece(g.de(), g.a(), g.libelle())).toList(), p.typeMedia(),
                p.taille(), p.sha256(), p.guichet(), p.deposeeLe(), p.qualification() == null ? null
                        : p.qualification().name(), p.obsolete());
    }
}
