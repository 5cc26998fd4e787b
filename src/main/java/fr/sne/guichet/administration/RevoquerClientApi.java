package fr.sne.guichet.administration;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;

/**
 * Revokes an API client for good: no new token, and its tokens already issued are refused from their next call
 * (the API's edge reads {@code client_api.actif} on every call).
 */
@Service
public class RevoquerClientApi {

    private final RegistreAdministration registre;
    private final AccesGuichet acces;

    RevoquerClientApi(RegistreAdministration registre, AccesGuichet acces) {
        this.registre = registre;
        this.acces = acces;
    }

    /**
     * @return false when it was already revoked (nothing written)
     * @throws RessourceIntrouvableException when the guichet is out of his territory or has no such client
     */
    @Transactional
    public boolean executer(Acteur acteur, String codeGuichet, String clientId) {
        String guichet = acces.lire(acteur, codeGuichet).guichet().code();
        boolean actif = registre.clientActifVerrouille(guichet, clientId)
                .orElseThrow(() -> new RessourceIntrouvableException("Client introuvable : " + clientId));
        if (!actif) {
            return false;
        }
        registre.revoquer(clientId);
        registre.journaliser(guichet, ActionAdministration.CLIENT_REVOQUE, clientId, acteur);
        return true;
    }
}
