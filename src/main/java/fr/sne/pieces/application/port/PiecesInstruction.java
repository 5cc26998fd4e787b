package fr.sne.pieces.application.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.sne.demande.VisibiliteDemandes.PredicatSql;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.Qualification;

/**
 * What the instruction of the pieces reads and writes (ADR 0026): a piece's qualification, the pieces the nightly
 * pass judges by their category's rule, the demandes a guichet has to tidy up (obsolete pieces, full categories),
 * and the deletion of obsolete pieces. The table {@code piece} is the pieces module's own.
 */
public interface PiecesInstruction {

    /** A piece not deleted and its key in the store, its row locked until the end of the transaction. */
    record PieceStockee(Piece piece, String cleStockage) {
    }

    /** @return the piece of this demande with this id, not deleted, locked; empty otherwise */
    Optional<PieceStockee> verrouiller(String numeroUnique, UUID id);

    /** Writes an agent's (or the nightly pass's) verdict with who and when. */
    void qualifier(UUID id, Qualification qualification, boolean obsolete, String par, Instant le);

    /**
     * A piece not deleted, not obsolete yet, whose category (in the current plan) has a rule of obsolescence, with
     * that rule's code.
     */
    record Candidate(UUID id, String numeroUnique, Instant deposeeLe, String regle) {
    }

    /** The pieces the nightly pass judges, in the order lodged. */
    List<Candidate> candidatesObsolescence();

    /**
     * A demande with pieces to tidy up.
     *
     * @param obsoletes the number of its obsolete pieces (not deleted)
     * @param pleines   the codes of its categories holding their maximum
     */
    record DemandeATraiter(String numeroUnique, int obsoletes, List<String> pleines) {

        public DemandeATraiter {
            pleines = List.copyOf(pleines);
        }
    }

    /**
     * The demandes the predicate lets the actor see (on the column {@code p.territoire}) having an obsolete piece or a
     * full category, by numéro unique.
     */
    List<DemandeATraiter> aTraiter(PredicatSql visibilite, int decalage, int limite);

    /** How many {@link #aTraiter} finds. */
    long nombreATraiter(PredicatSql visibilite);

    /**
     * The obsolete pieces, not deleted, the predicate lets the actor see (on {@code p.territoire}), of these demandes
     * (all when {@code numeros} is empty), locked until the end of the transaction.
     */
    List<PieceStockee> obsoletesVerrouillees(PredicatSql visibilite, List<String> numeros);

    /** Marks a piece deleted, with who, when and why. */
    void supprimer(UUID id, String par, Instant le, String motif);
}
