package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;
import fr.sne.demande.MouvementsPieces;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.pieces.application.port.PiecesInstruction;
import fr.sne.pieces.application.port.PiecesInstruction.PieceStockee;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.Qualification;

/**
 * Qualifies a piece (issue 17 §2, ADR 0026): valid, unusable, or outside the regulatory list, by an actor holding the
 * profile {@link Profil#INSTRUCTION} (an agent granted it, or an API client holding the habilitation
 * {@code instruction}) who sees the demande. The verdict is written with who and when, and is one movement PJQ of the
 * demande. OBSOLETE is not given by hand: the nightly pass computes it from the category's rule
 * ({@link MarquerPiecesObsoletes}); an obsolete piece is not qualified any more (it is deleted). The same verdict
 * again changes nothing and records nothing.
 */
@Service
public class QualifierPiece {

    /** The verdicts an actor may give. */
    public static final List<Qualification> PAR_UN_AGENT = List.of(Qualification.VALIDE, Qualification.INEXPLOITABLE,
            Qualification.HORS_LISTE);

    private final PiecesInstruction pieces;
    private final MouvementsPieces mouvements;
    private final VisibiliteDemandes visibilite;
    private final Clock horloge;
    private final DemandesPieces demandes;

    QualifierPiece(PiecesInstruction pieces, MouvementsPieces mouvements, VisibiliteDemandes visibilite,
            Clock horloge, DemandesPieces demandes) {
        this.demandes = demandes;
        this.pieces = pieces;
        this.mouvements = mouvements;
        this.visibilite = visibilite;
        this.horloge = horloge;
    }

    /**
     * @param qualification the verdict's code, as sent
     * @return the piece after it
     * @throws AccesRefuseException          {@code PROFIL_INSTRUCTION_REQUIS} without the profile
     * @throws RessourceIntrouvableException unknown, deleted, or of a demande the actor does not see
     * @throws DonneesInvalidesException     {@code QUALIFICATION_INVALIDE} on the field {@code qualification}
     * @throws ConflitException              {@code PIECE_OBSOLETE} for an obsolete piece
     */
    @Transactional
    public Piece qualifier(String numeroUnique, UUID id, String qualification, Acteur acteur) {
        if (!acteur.detient(Profil.INSTRUCTION)) {
            throw new AccesRefuseException(CodeMotif.PROFIL_INSTRUCTION_REQUIS,
                    CodeMotif.PROFIL_INSTRUCTION_REQUIS.message());
        }
        Qualification verdict = lire(qualification);
        if (numeroUnique.length() != 18 || !visibilite.peutVoir(acteur, numeroUnique.substring(0, 3))) {
            throw introuvable(id);
        }
        PieceStockee stockee = pieces.verrouiller(numeroUnique, id).orElseThrow(() -> introuvable(id));
        // obsolete as it stands today, even before the night marks it
        Piece piece = demandes.aujourdhui(stockee.piece());
        if (piece.obsolete()) {
            throw new ConflitException(CodeMotif.PIECE_OBSOLETE, CodeMotif.PIECE_OBSOLETE.message(),
                    Map.of("piece", id.toString()));
        }
        if (piece.qualification() == verdict) {
            return piece;
        }
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        pieces.qualifier(id, verdict, false, acteur.identifiant(), maintenant);
        Piece apres = new Piece(piece.id(), piece.numeroUnique(), piece.categorie(), piece.personne(), piece.pages(),
                piece.typeMedia(), piece.taille(), piece.sha256(), piece.guichet(), piece.deposeeLe(), verdict, false);
        mouvements.journaliser(DescriptionPiece.qualification(apres, acteur), acteur);
        return apres;
    }

    private static Qualification lire(String code) {
        return PAR_UN_AGENT.stream().filter(q -> q.name().equals(code)).findFirst()
                .orElseThrow(() -> new DonneesInvalidesException(List.of(
                        ErreurChamp.de("qualification", CodeMotif.QUALIFICATION_INVALIDE))));
    }

    private static RessourceIntrouvableException introuvable(UUID id) {
        return new RessourceIntrouvableException("Pièce introuvable : " + id);
    }
}
