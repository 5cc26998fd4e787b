package fr.sne.attribution.domaine;

/**
 * The decision of a CAL/CALEOL on a candidate (R441-3 CCH), and the event of the gestion partagée it records
 * automatically: DESCAL for an attribution with or without rank, DESCAL01 for an attribution under suspensive
 * condition, DESCAL02 for a non-attribution or a non-recevabilité (ADR 0014).
 */
public enum DecisionCommission {
    /** a) attribution. */
    ATTRIBUTION(EvenementAttribution.DESCAL),
    /** b) attribution with a rank: the next ranked gets the dwelling if the previous refuses it. */
    ATTRIBUTION_RANG(EvenementAttribution.DESCAL),
    /** c) attribution under suspensive condition: a missing piece to produce before a deadline. */
    ATTRIBUTION_CONDITION(EvenementAttribution.DESCAL01),
    /** d) non-attribution, with its reason. */
    NON_ATTRIBUTION(EvenementAttribution.DESCAL02),
    /** e) non-recevabilité (irrecevabilité), with its sub-motive: the warning before radiation d is recorded. */
    IRRECEVABILITE(EvenementAttribution.DESCAL02);

    private final EvenementAttribution evenement;

    DecisionCommission(EvenementAttribution evenement) {
        this.evenement = evenement;
    }

    /** The event of the gestion partagée this decision writes. */
    public EvenementAttribution evenement() {
        return evenement;
    }

    /** Whether the candidate is given the dwelling (with or without rank or condition). */
    public boolean attribue() {
        return this == ATTRIBUTION || this == ATTRIBUTION_RANG || this == ATTRIBUTION_CONDITION;
    }
}
