package fr.sne.demande.domaine;

/**
 * Why a demande is irrecevable (radiation motive d, R441-2-8 CCH): the household's resources exceed the ceilings,
 * or an adult does not stay regularly in France (R441-1 CCH). Sent and journaled by name.
 */
public enum SousMotifIrrecevabilite {
    PLAFOND_RESSOURCES,
    SEJOUR_IRREGULIER
}
