package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.demande.MouvementsPieces;
import fr.sne.demande.MouvementsPieces.MouvementPiece;
import fr.sne.demande.MouvementsPieces.TypePiece;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.pieces.application.port.PiecesInstruction;
import fr.sne.pieces.application.port.PiecesInstruction.DemandeATraiter;
import fr.sne.pieces.application.port.PiecesInstruction.PieceStockee;

/**
 * A guichet's tidying of the pieces (issue 17 §2, ADR 0026): the demandes of its scope (those it may read) holding
 * obsolete pieces or full categories, a page at a time; and the deletion of their obsolete pieces in bulk, in one
 * transaction, each a movement PJS with the reason {@value #MOTIF}, their bytes deleted from the store once that has
 * committed. An obsolete piece may be deleted by any guichet of the territory (and its gestionnaire), whoever lodged
 * it.
 */
@Service
public class PiecesATraiter {

    /** The reason recorded on each piece deleted in bulk. */
    public static final String MOTIF = "Pièce obsolète (suppression groupée)";

    /** The largest page. */
    public static final int TAILLE_MAX = 100;

    /** The most numéros one bulk deletion names. */
    public static final int NUMEROS_MAX = 500;

    private final PiecesInstruction pieces;
    private final MouvementsPieces mouvements;
    private final VisibiliteDemandes visibilite;
    private final SuppressionsFichiers suppressions;
    private final Clock horloge;

    PiecesATraiter(PiecesInstruction pieces, MouvementsPieces mouvements, VisibiliteDemandes visibilite,
            SuppressionsFichiers suppressions, Clock horloge) {
        this.pieces = pieces;
        this.mouvements = mouvements;
        this.visibilite = visibilite;
        this.suppressions = suppressions;
        this.horloge = horloge;
    }

    /** A page of the list, and how many there are in all. */
    public record Page(List<DemandeATraiter> demandes, int page, int taille, long total) {

        public Page {
            demandes = List.copyOf(demandes);
        }

        public long pages() {
            return (total + taille - 1) / taille;
        }
    }

    /** What a bulk deletion did. */
    public record Bilan(int demandes, int pieces) {
    }

    /**
     * @param page   from 0
     * @param taille from 1 to {@value #TAILLE_MAX}
     */
    @Transactional(readOnly = true)
    public Page lister(Acteur acteur, int page, int taille) {
        exigerActeur(acteur);
        if (page < 0 || page > 100_000) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("page", CodeMotif.HORS_BORNES)));
        }
        if (taille < 1 || taille > TAILLE_MAX) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("taille", CodeMotif.HORS_BORNES)));
        }
        var predicat = visibilite.predicat(acteur, "p.territoire");
        return new Page(pieces.aTraiter(predicat, page * taille, taille), page, taille,
                pieces.nombreATraiter(predicat));
    }

    /**
     * Deletes the obsolete pieces of these demandes (every demande of the actor's scope when {@code numeros} is
     * empty); a numéro the actor does not see, or without obsolete pieces, deletes nothing.
     */
    @Transactional
    public Bilan supprimerObsoletes(Acteur acteur, List<String> numeros) {
        exigerActeur(acteur);
        if (numeros.size() > NUMEROS_MAX) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("demandes", CodeMotif.TAILLE,
                    CodeMotif.TAILLE.message(java.util.Map.of("max", NUMEROS_MAX)))));
        }
        Set<String> demandes = new LinkedHashSet<>();
        for (String numero : numeros) {
            if (numero == null || !numero.matches("[0-9A-Z]{18}")) {
                throw new DonneesInvalidesException(List.of(ErreurChamp.de("demandes", CodeMotif.FORMAT_INVALIDE)));
            }
            demandes.add(numero);
        }
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        List<PieceStockee> obsoletes = pieces.obsoletesVerrouillees(visibilite.predicat(acteur, "p.territoire"),
                List.copyOf(demandes));
        Set<String> touchees = new LinkedHashSet<>();
        for (PieceStockee stockee : obsoletes) {
            pieces.supprimer(stockee.piece().id(), acteur.identifiant(), maintenant, MOTIF);
            mouvements.journaliser(new MouvementPiece(TypePiece.PJS, stockee.piece().numeroUnique(), acteur.guichet(),
                    DescriptionPiece.de(stockee.piece()), null, MOTIF), acteur);
            touchees.add(stockee.piece().numeroUnique());
        }
        suppressions.demander(obsoletes.stream().map(PieceStockee::cleStockage).toList());
        return new Bilan(touchees.size(), obsoletes.size());
    }

    /** A guichet (its software or agent), a gestionnaire territorial or the national administrator. */
    private static void exigerActeur(Acteur acteur) {
        if (acteur.type() == TypeActeur.DEMANDEUR || acteur.type() == TypeActeur.TRAITEMENT) {
            throw new AccesRefuseException(CodeMotif.ACCES_REFUSE, CodeMotif.ACCES_REFUSE.message());
        }
    }
}
