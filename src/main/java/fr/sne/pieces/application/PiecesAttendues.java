package fr.sne.pieces.application;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.sne.pieces.domaine.Categorie;

/**
 * The categories of the current filing plan still expected of a demande: those needed to register or to instruct
 * that hold no valid, non-obsolete piece (a piece already in the system, legible and current, is never asked for
 * again). For the fiche de transmission and the attestations.
 */
@Service
public class PiecesAttendues {

    /** The expected categories, in the plan's order. */
    public List<Categorie> pour(String numeroUnique) {
        throw new UnsupportedOperationException("pièces attendues : à venir");
    }
}
