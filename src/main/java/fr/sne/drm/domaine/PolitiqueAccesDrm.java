package fr.sne.drm.domaine;

import java.util.Map;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;

/**
 * May this actor read the DRM's resources (ADR 0031)? Only for a guichet (an agent, or its software), holding the
 * profile DRM (the software: the habilitation {@code drm}, which stands for it), and only where that guichet is
 * switched on for the DRM. A gestionnaire territorial, the national administration, an applicant read none: the DRM
 * serves instruction, done at the guichets.
 */
public final class PolitiqueAccesDrm {

    private PolitiqueAccesDrm() {
    }

    /**
     * @param guichetOuvert whether the actor's guichet is switched on for the DRM now (false when it acts for none)
     */
    public static Decision decider(Acteur acteur, boolean guichetOuvert) {
        if (acteur.guichet() == null || !acteur.detient(Profil.DRM)) {
            return Refus.de(CodeMotif.DRM_PROFIL_REQUIS);
        }
        if (!guichetOuvert) {
            return Refus.de(CodeMotif.DRM_GUICHET_NON_OUVERT, Map.of("guichet", acteur.guichet()));
        }
        return Decision.ACCORD;
    }
}
