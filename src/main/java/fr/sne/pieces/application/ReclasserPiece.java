package fr.sne.pieces.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.MouvementsPieces;
import fr.sne.pieces.application.port.StockPieces;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlanDeClassement;

/**
 * Moves a misfiled piece to another category of the plan in force (the real system's "fiche incident"), by any actor
 * who sees the demande: a movement PJR names the category it leaves. The category it goes to must have room.
 */
@Service
public class ReclasserPiece {

    private final DemandesPieces demandes;
    private final StockPieces pieces;
    private final StockPlan plan;
    private final MouvementsPieces mouvements;

    ReclasserPiece(DemandesPieces demandes, StockPieces pieces, StockPlan plan, MouvementsPieces mouvements) {
        this.demandes = demandes;
        this.pieces = pieces;
        this.plan = plan;
        this.mouvements = mouvements;
    }

    /**
     * @return the piece in its new category
     * @throws RessourceIntrouvableException unknown or deleted piece, of a demande the actor does not see
     * @throws DonneesInvalidesException     an unknown category ({@code CATEGORIE_INCONNUE}), the same
     *                                       ({@code RECLASSEMENT_INUTILE})
     * @throws ConflitException              the new category full ({@code CATEGORIE_PLEINE})
     */
    @Transactional
    public Piece reclasser(String numeroUnique, UUID id, String categorie, Acteur acteur) {
        demandes.lire(numeroUnique, acteur);
        PlanDeClassement courant = plan.courant();
        Categorie nouvelle = courant.categorie(categorie).orElseThrow(() -> new DonneesInvalidesException(List.of(
                new ErreurChamp("categorie", CodeMotif.CATEGORIE_INCONNUE, CodeMotif.CATEGORIE_INCONNUE.message(
                        Map.of("categorie", DeposerPiece.court(categorie), "version", courant.version()))))));
        pieces.verrouiller(numeroUnique);
        Piece stockee = pieces.parId(id)
                .filter(p -> p.supprimeeLe() == null && p.piece().numeroUnique().equals(numeroUnique))
                .map(StockPieces.PieceEnregistree::piece)
                .orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucune pièce " + id
                        + " sur cette demande."));
        if (stockee.categorie().equals(nouvelle.code())) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("categorie", CodeMotif.RECLASSEMENT_INUTILE,
                    CodeMotif.RECLASSEMENT_INUTILE.message(Map.of("categorie", nouvelle.code())))));
        }
        List<Piece> dejaLa = demandes.actives(numeroUnique).stream()
                .filter(p -> p.categorie().equals(nouvelle.code())).toList();
        if (dejaLa.size() >= nouvelle.maximum()) {
            throw new ConflitException(CodeMotif.CATEGORIE_PLEINE, CodeMotif.CATEGORIE_PLEINE.message(Map.of(
                    "categorie", nouvelle.code(), "maximum", nouvelle.maximum())), Map.of("categorie",
                    nouvelle.code(), "maximum", nouvelle.maximum(), "piecesObsoletes", dejaLa.stream()
                            .filter(Piece::obsolete).map(p -> p.id().toString()).toList()));
        }
        pieces.reclasser(id, nouvelle.code());
        // its rule of obsolescence is now the new category's
        Piece reclassee = demandes.aujourdhui(new Piece(stockee.id(), stockee.numeroUnique(), nouvelle.code(),
                stockee.personne(), stockee.pages(), stockee.typeMedia(), stockee.taille(), stockee.sha256(),
                stockee.guichet(), stockee.deposeeLe(), stockee.qualification(), stockee.obsolete()));
        mouvements.journaliser(new MouvementsPieces.MouvementPiece(MouvementsPieces.TypePiece.PJR, numeroUnique,
                acteur.guichet(), Descriptions.de(reclassee), stockee.categorie(), null), acteur);
        return reclassee;
    }
}
