package fr.sne.pieces.domaine;

/** What a category of the filing plan is needed for. */
public enum NaturePiece {
    /** Needed to register the demande (only the demandeur's identity). */
    ENREGISTREMENT,
    /** Needed to instruct it (before a commission). */
    INSTRUCTION,
    /** Useful when the household's situation calls for it. */
    COMPLEMENTAIRE
}
