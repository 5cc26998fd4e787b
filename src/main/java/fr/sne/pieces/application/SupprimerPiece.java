package fr.sne.pieces.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.stockage.Stockage;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.MouvementsPieces;
import fr.sne.pieces.application.port.StockPieces;
import fr.sne.pieces.domaine.Piece;

/**
 * Deletes a piece with a reason (issue 17 §2): an obsolete piece by any guichet of the demande's territory, another
 * only by the guichet that lodged it or the territory's gestionnaire. Its metadata stay, marked deleted with who,
 * when and why (the history), a movement PJS says so; its bytes leave the store once the deletion has committed
 * (then, retried until done, through the store's outbox).
 */
@Service
public class SupprimerPiece {

    /** The longest reason kept. */
    public static final int MOTIF_MAX = 500;

    private final DemandesPieces demandes;
    private final StockPieces pieces;
    private final MouvementsPieces mouvements;
    private final SuppressionsFichiers suppressions;
    private final Stockage stockage;
    private final Clock horloge;

    SupprimerPiece(DemandesPieces demandes, StockPieces pieces, MouvementsPieces mouvements,
            SuppressionsFichiers suppressions, Stockage stockage, Clock horloge) {
        this.demandes = demandes;
        this.pieces = pieces;
        this.mouvements = mouvements;
        this.suppressions = suppressions;
        this.stockage = stockage;
        this.horloge = horloge;
    }

    /**
     * @return the piece deleted
     * @throws RessourceIntrouvableException unknown or already deleted piece, of a demande the actor does not see
     * @throws AccesRefuseException          {@code SUPPRESSION_PIECE_NON_AUTORISEE}
     * @throws DonneesInvalidesException     no reason, or too long
     */
    @Transactional
    public Piece supprimer(String numeroUnique, UUID id, String motif, Acteur acteur) {
        String raison = motif == null ? "" : motif.strip();
        if (raison.isEmpty()) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("motif", CodeMotif.OBLIGATOIRE)));
        }
        if (raison.length() > MOTIF_MAX) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("motif", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(Map.of("max", MOTIF_MAX)))));
        }
        demandes.lire(numeroUnique, acteur);
        pieces.verrouiller(numeroUnique);
        StockPieces.PieceEnregistree trouvee = pieces.parId(id)
                .filter(p -> p.supprimeeLe() == null && p.piece().numeroUnique().equals(numeroUnique))
                .orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucune pièce " + id
                        + " sur cette demande."));
        Piece piece = demandes.aujourdhui(trouvee.piece());
        if (!peutSupprimer(piece, acteur)) {
            throw new AccesRefuseException(CodeMotif.SUPPRESSION_PIECE_NON_AUTORISEE,
                    CodeMotif.SUPPRESSION_PIECE_NON_AUTORISEE.message());
        }
        pieces.supprimer(id, horloge.instant(), acteur, raison);
        mouvements.journaliser(new MouvementsPieces.MouvementPiece(MouvementsPieces.TypePiece.PJS, numeroUnique,
                acteur.guichet(), Descriptions.de(piece), null, raison), acteur);
        String cle = trouvee.cleStockage();
        suppressions.demander(List.of(cle));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    stockage.supprimer(cle);
                } catch (RuntimeException e) {
                    // the outbox tries again
                }
            }
        });
        return piece;
    }

    /**
     * An obsolete piece: any guichet of the territory (the caller sees the demande); another piece: the guichet that
     * lodged it, or a gestionnaire territorial (of the territory: he sees the demande) or the national administrator.
     */
    static boolean peutSupprimer(Piece piece, Acteur acteur) {
        if (acteur.type() == TypeActeur.GESTIONNAIRE_TERRITORIAL
                || acteur.type() == TypeActeur.ADMINISTRATEUR_NATIONAL) {
            return true;
        }
        if (!acteur.agitPourUnGuichet()) {
            return false;
        }
        return piece.obsolete() || acteur.guichetRequis().equals(piece.guichet());
    }
}
