package fr.sne.pieces.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;

/**
 * The categories of the current filing plan still expected of a demande: those needed to register or to instruct
 * that hold no valid, non-obsolete piece (a piece already in the system, legible and current, is never asked for
 * again). For the fiche de transmission and the attestations; it does not check who asks (the caller has).
 */
@Service
public class PiecesAttendues {

    private final StockPlan plan;
    private final DemandesPieces demandes;

    PiecesAttendues(StockPlan plan, DemandesPieces demandes) {
        this.plan = plan;
        this.demandes = demandes;
    }

    /** The expected categories, in the plan's order (all of them for an unknown numéro). */
    @Transactional(readOnly = true)
    public List<Categorie> pour(String numeroUnique) {
        Set<String> tenues = demandes.actives(numeroUnique).stream().filter(Piece::valide).map(Piece::categorie)
                .collect(Collectors.toSet());
        return plan.courant().categories().stream().filter(Categorie::attendue)
                .filter(c -> !tenues.contains(c.code())).toList();
    }
}
