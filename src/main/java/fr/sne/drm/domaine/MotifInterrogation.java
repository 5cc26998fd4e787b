package fr.sne.drm.domaine;

/** Why a demande's demandeur is fetched (ADR 0030). */
public enum MotifInterrogation {
    /** The demande was registered (whatever the channel). */
    INSCRIPTION,
    /** The demande was renewed. */
    RENOUVELLEMENT,
    /** The demandeur's civil status or NIR changed. */
    IDENTITE,
    /** The monthly refresh of the 22nd. */
    RELEVE_MENSUEL
}
