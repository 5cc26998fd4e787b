package fr.sne.drm;

import fr.sne.commun.Decision;
import fr.sne.commun.acteur.Acteur;

/**
 * Who may read the resources of the Dispositif des ressources mensuelles (issue 19, ADR 0031), for the modules that
 * hand them out (the bulk exports): an agent holding the profile DRM, or a guichet's software holding the habilitation
 * {@code drm} (which stands for that profile), of a guichet switched on for the DRM.
 */
public interface AccesDrm {

    /**
     * @return {@link Decision#ACCORD}, or the refusal: {@code DRM_PROFIL_REQUIS}, {@code DRM_GUICHET_NON_OUVERT}
     */
    Decision decider(Acteur acteur);

    /** @return whether this guichet is switched on for the DRM now */
    boolean guichetOuvert(String guichet);
}
