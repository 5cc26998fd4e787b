package fr.sne.drm.application;

import org.springframework.stereotype.Service;

import fr.sne.commun.Decision;
import fr.sne.commun.acteur.Acteur;
import fr.sne.drm.AccesDrm;
import fr.sne.drm.application.port.GuichetsDrm;
import fr.sne.drm.domaine.PolitiqueAccesDrm;

/** {@link AccesDrm}: the policy, with the actor's guichet's switch read now. */
@Service
class AccesDrmParGuichet implements AccesDrm {

    private final GuichetsDrm guichets;

    AccesDrmParGuichet(GuichetsDrm guichets) {
        this.guichets = guichets;
    }

    @Override
    public Decision decider(Acteur acteur) {
        String guichet = acteur.guichet();
        return PolitiqueAccesDrm.decider(acteur, guichet != null && guichets.estOuvert(guichet));
    }

    @Override
    public boolean guichetOuvert(String guichet) {
        return guichets.estOuvert(guichet);
    }
}
