package fr.sne.demande.domaine;

/**
 * The lifecycle actions an actor may take on a demande, as {@link Demande#actionsPermises} lists them and the
 * API publishes them ({@code actionsPermises[].action}).
 */
public enum ActionDemande {
    /** Change its content ({@link Demande#modifier}). */
    MODIFIER,
    /** Renew it ({@link Demande#renouveler}). */
    RENOUVELER,
    /** Record a warning before a radiation c or d ({@link Demande#avertir}), per motive. */
    AVERTIR,
    /** Radiate it ({@link Demande#radier}), per motive of R441-2-8 CCH. */
    RADIER,
    /** Reactivate it ({@link Demande#reactiver}). */
    REACTIVER,
    /** Separate a co-demandeur ({@link Demande#separer}). */
    SEPARER,
    /** Merge it into another demande of the same person ({@link Demande#fusionnerDans}). */
    FUSIONNER
}
