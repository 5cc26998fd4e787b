package fr.sne.gestion.domaine;

/**
 * The catalogue's codes the code itself names: those derived from the lifecycle's movements, those that recognise
 * a priority, and the three a CAL decision creates. The catalogue (table {@code evenement_catalogue}) holds them
 * all with the others; a test holds this list to it.
 */
public enum CodeEvenement {
    CREATION,
    VALIDATION,
    RENOUVELLEMENT,
    AVERTISSEMENT,
    RADIATION,
    REACTIVATION,
    /** A favourable DALO decision, prioritaire et urgent (data: dateDecision). */
    DECISION_DALO,
    /** A priority public of L441-1 recognised (data: public). */
    PRIORITE_RECONNUE,
    /** CAL decision: attribution, with or without rank. */
    DESCAL,
    /** CAL decision: attribution under suspensive condition. */
    DESCAL01,
    /** CAL decision: non-attribution or non-recevabilité (data: nature). */
    DESCAL02
}
