package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.MouvementsPieces;
import fr.sne.demande.MouvementsPieces.MouvementPiece;
import fr.sne.demande.MouvementsPieces.TypePiece;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.pieces.application.port.PiecesInstruction;
import fr.sne.pieces.application.port.PiecesInstruction.PieceStockee;
import fr.sne.pieces.domaine.Piece;

/**
 * Deletes one piece of a demande with its reason (issue 17 §2): an obsolete piece by any guichet of the territory, any
 * other piece only by the guichet that lodged it or by the gestionnaire territorial (and the national
 * administrator). The row stays for the history (who, when, why), a movement PJS carries the reason, and the bytes
 * leave the store once the transaction has committed.
 */
@Service
public class SupprimerPiece {

    /** The longest reason kept. */
    public static final int MOTIF_MAX = 500;

    private final PiecesInstruction pieces;
    private final MouvementsPieces mouvements;
    private final VisibiliteDemandes visibilite;
    private final SuppressionsFichiers suppressions;
    private final Clock horloge;

    SupprimerPiece(PiecesInstruction pieces, MouvementsPieces mouvements, VisibiliteDemandes visibilite,
            SuppressionsFichiers suppressions, Clock horloge) {
        this.pieces = pieces;
        this.mouvements = mouvements;
        this.visibilite = visibilite;
        this.suppressions = suppressions;
        this.horloge = horloge;
    }

    /**
     * @throws RessourceIntrouvableException unknown, already deleted, or of a demande the actor does not see
     * @throws AccesRefuseException          {@code SUPPRESSION_PIECE_NON_AUTORISEE}: a piece neither obsolete nor
     *                                       lodged by the actor's guichet
     * @throws DonneesInvalidesException     the reason missing ({@code OBLIGATOIRE}) or too long ({@code TAILLE})
     */
    @Transactional
    public Piece supprimer(String numeroUnique, UUID id, @Nullable String motif, Acteur acteur) {
        String raison = motif == null ? "" : motif.strip();
        if (raison.isEmpty()) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("motif", CodeMotif.OBLIGATOIRE)));
        }
        if (raison.length() > MOTIF_MAX || raison.codePoints().anyMatch(c -> Character.isISOControl(c))) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("motif", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(Map.of("max", MOTIF_MAX)) + " Sans caractère de contrôle.")));
        }
        if (numeroUnique.length() != 18 || !visibilite.peutVoir(acteur, numeroUnique.substring(0, 3))) {
            throw new RessourceIntrouvableException("Pièce introuvable : " + id);
        }
        PieceStockee stockee = pieces.verrouiller(numeroUnique, id)
                .orElseThrow(() -> new RessourceIntrouvableException("Pièce introuvable : " + id));
        Piece piece = stockee.piece();
        boolean gestionnaire = acteur.type() == TypeActeur.GESTIONNAIRE_TERRITORIAL
                || acteur.type() == TypeActeur.ADMINISTRATEUR_NATIONAL;
        boolean sonGuichet = acteur.guichet() != null && acteur.guichet().equals(piece.guichet());
        boolean obsoleteParUnGuichet = piece.obsolete() && acteur.agitPourUnGuichet();
        if (!gestionnaire && !sonGuichet && !obsoleteParUnGuichet) {
            throw new AccesRefuseException(CodeMotif.SUPPRESSION_PIECE_NON_AUTORISEE,
                    CodeMotif.SUPPRESSION_PIECE_NON_AUTORISEE.message());
        }
        pieces.supprimer(id, acteur.identifiant(), Instant.now(horloge).truncatedTo(ChronoUnit.MICROS), raison);
        mouvements.journaliser(new MouvementPiece(TypePiece.PJS, numeroUnique, acteur.guichet(),
                DescriptionPiece.de(piece), null, raison), acteur);
        suppressions.demander(List.of(stockee.cleStockage()));
        return piece;
    }
}
