package fr.sne.drm.domaine;

/**
 * What the last fetch of a demande's demandeur gave (ADR 0030). Only {@link #AFFICHABLE} has months stored and
 * shown; every other status shows nothing, with a reason that leaks nothing of the DRM's answer.
 */
public enum StatutDrm {

    /** The DRM answered for this person with exactly the civil status and NIR the registry holds: months stored. */
    AFFICHABLE("Données affichées"),
    /** The demandeur has no NIR: not fetched. */
    SANS_NIR("Pas de NIR connu pour le demandeur"),
    /** The demandeur's NIR is a temporary one (NIA): not fetched. */
    NIR_TEMPORAIRE("NIR temporaire : pas d'interrogation"),
    /** The DRM knows no such person. */
    NON_TROUVE("Personne inconnue du dispositif"),
    /** Any difference of civil status or NIR between the DRM's answer and the registry: nothing stored. */
    DISCORDANCE("Les données d'identité ne concordent pas"),
    /** The DRM failed to answer (it will be asked again). */
    INDISPONIBLE("Non disponible pour le moment"),
    /** Not fetched yet. */
    EN_ATTENTE("Interrogation en attente");

    private final String raison;

    StatutDrm(String raison) {
        this.raison = raison;
    }

    /** The reason shown to a professional when nothing is shown: it leaks nothing of the DRM's answer. */
    public String raison() {
        return raison;
    }
}
