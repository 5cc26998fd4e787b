package fr.sne.guichet.administration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;

/**
 * Deactivates or reactivates an agent's account. A deactivated agent may no longer sign in, and his open session
 * ends at his next request (the web chain reads his account on every request).
 */
@Service
public class ChangerActiviteAgent {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;

    ChangerActiviteAgent(RegistreAdministration registre, AccesGuichet acces) {
        this.registre = registre;
        this.acces = acces;
    }

    /**
     * @return false when it already was in that state (nothing written)
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such agent
     */
    @Transactional
    public boolean executer(Acteur acteur, String codeGuichet, String identifiant, boolean actif) {
        String guichet = acces.lire(acteur, codeGuichet).guichet().code();
        boolean change = registre.changerActiviteAgent(guichet, identifiant, actif)
                .orElseThrow(() -> new RessourceIntrouvableException("Compte introuvable : " + identifiant));
        if (change) {
            registre.journaliser(guichet, actif ? ActionAdministration.AGENT_REACTIVE
                    : ActionAdministration.AGENT_DESACTIVE, identifiant, acteur);
        }
        return change;
    }
}
