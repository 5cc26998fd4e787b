package fr.sne.pieces.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.MouvementsPieces;
import fr.sne.pieces.application.port.PiecesInstruction;
import fr.sne.pieces.application.port.PiecesInstruction.Candidate;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.Qualification;
import fr.sne.pieces.domaine.RegleObsolescence;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The pieces' nightly pass (ADR 0026): every piece not deleted whose category's rule of obsolescence (in the current
 * filing plan) says it is too old on the day becomes OBSOLETE (the pass as who, the night as when), each one movement
 * PJQ of its demande. Like the other modules' nightly work it has its own schedule
 * ({@code sne.pieces.obsolescence-cron}, after the lifecycle's pass) under its own ShedLock lock, so that one instance
 * runs it; a second run the same day finds nothing left. One transaction per piece: a demande erased meanwhile (its
 * door refuses) leaves the others done.
 */
@Service
public class MarquerPiecesObsoletes {

    /** Who acts. */
    public static final Acteur ACTEUR = Acteur.traitement("obsolescence-pieces");

    private static final Logger LOG = LoggerFactory.getLogger(MarquerPiecesObsoletes.class);

    private final PiecesInstruction pieces;
    private final MouvementsPieces mouvements;
    private final TransactionTemplate transaction;
    private final Clock horloge;

    MarquerPiecesObsoletes(PiecesInstruction pieces, MouvementsPieces mouvements, TransactionTemplate transaction,
            Clock horloge) {
        this.pieces = pieces;
        this.mouvements = mouvements;
        this.transaction = transaction;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.pieces.obsolescence-cron:0 10 2 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "obsolescence-pieces")
    public void planifiee() {
        executer(LocalDate.now(horloge.withZone(HorlogeConfiguration.FUSEAU)));
    }

    /** @return how many pieces became obsolete */
    public int executer(LocalDate jour) {
        int marquees = 0;
        for (Candidate candidate : pieces.candidatesObsolescence()) {
            LocalDate deposee = LocalDate.ofInstant(candidate.deposeeLe(), HorlogeConfiguration.FUSEAU);
            if (!RegleObsolescence.lire(candidate.regle()).obsolete(deposee, jour)) {
                continue;
            }
            try {
                Boolean fait = transaction.execute(statut -> marquer(candidate));
                if (Boolean.TRUE.equals(fait)) {
                    marquees++;
                }
            } catch (RessourceIntrouvableException e) {
                LOG.warn("Pièce {} de la demande {} non marquée obsolète : {}", candidate.id(),
                        candidate.numeroUnique(), e.getMessage());
            }
        }
        LOG.info("Obsolescence des pièces du {} : {} pièce(s) devenue(s) obsolète(s)", jour, marquees);
        return marquees;
    }

    private boolean marquer(Candidate candidate) {
        var stockee = pieces.verrouiller(candidate.numeroUnique(), candidate.id());
        if (stockee.isEmpty() || stockee.get().piece().obsolete()) {
            return false;
        }
        Piece piece = stockee.get().piece();
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        pieces.qualifier(piece.id(), Qualification.OBSOLETE, true, ACTEUR.identifiant(), maintenant);
        Piece apres = new Piece(piece.id(), piece.numeroUnique(), piece.categorie(), piece.personne(), piece.pages(),
                piece.typeMedia(), piece.taille(), piece.sha256(), piece.guichet(), piece.deposeeLe(),
                Qualification.OBSOLETE, true);
        mouvements.journaliser(DescriptionPiece.qualification(apres, ACTEUR), ACTEUR);
        return true;
    }
}
