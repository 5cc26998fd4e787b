package fr.sne.demande.domaine;

/** Where a demande stands in its life. */
public enum StatutDemande {
    /** Registered and valid: visible to the territory's actors, counted for ancienneté. */
    ACTIVE,
    /** Radiated (lease signed, renunciation, no answer, irrecevabilité, not renewed); kept one year. */
    RADIEE
}
