package fr.sne.pieces.application;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.stockage.Stockage;
import fr.sne.demande.JournalConsultations;
import fr.sne.pieces.application.port.StockPieces;
import fr.sne.pieces.domaine.Piece;

/**
 * The pieces of a demande the actor sees: their metadata, and the bytes of one (each display journalled like the
 * display of a tab of the demande, through the demande module's access journal).
 */
@Service
public class LirePieces {

    private final DemandesPieces demandes;
    private final StockPieces pieces;
    private final Stockage stockage;
    private final JournalConsultations journal;

    LirePieces(DemandesPieces demandes, StockPieces pieces, Stockage stockage, JournalConsultations journal) {
        this.demandes = demandes;
        this.pieces = pieces;
        this.stockage = stockage;
        this.journal = journal;
    }

    /**
     * The pieces not deleted, in the order lodged, as they stand today (obsolete by their category's rule).
     *
     * @throws RessourceIntrouvableException unknown or invisible demande, or erased
     */
    @Transactional(readOnly = true)
    public List<Piece> liste(String numeroUnique, Acteur acteur) {
        demandes.lire(numeroUnique, acteur);
        return demandes.actives(numeroUnique);
    }

    /**
     * A piece's metadata and bytes (a stream the caller closes); the display is journalled.
     *
     * @throws RessourceIntrouvableException unknown, deleted, or of a demande the actor does not see
     */
    @Transactional
    public PieceOuverte ouvrir(UUID id, Acteur acteur) {
        StockPieces.PieceEnregistree trouvee = pieces.parId(id)
                .filter(p -> p.supprimeeLe() == null)
                .filter(p -> demandes.visible(p.piece().numeroUnique(), acteur))
                .orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucune pièce " + id
                        + " sur votre territoire."));
        InputStream contenu = stockage.ouvrir(trouvee.cleStockage()).orElseThrow(() -> new IllegalStateException(
                "la pièce " + id + " n'a pas d'objet dans le magasin"));
        journal.pieceAffichee(acteur, trouvee.piece().numeroUnique());
        return new PieceOuverte(demandes.aujourdhui(trouvee.piece()), contenu);
    }
}
