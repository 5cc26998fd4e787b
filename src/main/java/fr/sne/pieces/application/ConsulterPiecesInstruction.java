package fr.sne.pieces.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.pieces.application.port.PiecesInstruction;
import fr.sne.pieces.application.port.PiecesInstruction.CategorieCourante;
import fr.sne.pieces.domaine.Piece;

/**
 * What the tab "Pièces" of a demande's page shows (ADR 0026): its pieces not deleted and the categories of the
 * current filing plan, for an actor who sees the demande (the page has already journalled the display).
 */
@Service
public class ConsulterPiecesInstruction {

    private final PiecesInstruction pieces;
    private final VisibiliteDemandes visibilite;

    ConsulterPiecesInstruction(PiecesInstruction pieces, VisibiliteDemandes visibilite) {
        this.pieces = pieces;
        this.visibilite = visibilite;
    }

    /** The pieces and the plan's categories. */
    public record Vue(List<Piece> pieces, List<CategorieCourante> categories) {

        public Vue {
            pieces = List.copyOf(pieces);
            categories = List.copyOf(categories);
        }
    }

    /** @throws RessourceIntrouvableException for a demande the actor does not see */
    @Transactional(readOnly = true)
    public Vue executer(String numeroUnique, Acteur acteur) {
        if (numeroUnique.length() != 18 || !visibilite.peutVoir(acteur, numeroUnique.substring(0, 3))) {
            throw new RessourceIntrouvableException("Demande introuvable : " + numeroUnique);
        }
        return new Vue(pieces.pieces(numeroUnique), pieces.categories());
    }
}
