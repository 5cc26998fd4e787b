package fr.sne.guichet.administration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;

/**
 * Deactivates or reactivates a guichet. A deactivated guichet's agents and API clients stop at once: the API's
 * edge and the web chain read the guichet's flag on every request.
 */
@Service
public class ChangerActiviteGuichet {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;

    ChangerActiviteGuichet(RegistreAdministration registre, AccesGuichet acces) {
        this.registre = registre;
        this.acces = acces;
    }

    /**
     * @return false when it already was in that state (nothing written)
     * @throws fr.sne.commun.RessourceIntrouvableException when it does not exist or is out of his territory
     */
    @Transactional
    public boolean executer(Acteur acteur, String code, boolean actif) {
        String guichet = acces.verrouiller(acteur, code).guichet().code();
        if (!registre.changerActiviteGuichet(guichet, actif)) {
            return false;
        }
        registre.journaliser(guichet, actif ? ActionAdministration.GUICHET_REACTIVE
                : ActionAdministration.GUICHET_DESACTIVE, null, acteur);
        return true;
    }
}
