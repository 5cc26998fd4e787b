package fr.sne.guichet.securite;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.guichet.Guichet;
import fr.sne.guichet.GuichetAppelant;

/** The calling guichet, and the actor it is, taken from the authentication of the current request. */
@Component
class GuichetAppelantCourant implements GuichetAppelant, ActeurCourant {

    @Override
    public Acteur acteur() {
        Guichet guichet = guichet();
        AuthentificationGuichet jeton = (AuthentificationGuichet) SecurityContextHolder.getContext()
                .getAuthentication();
        String clientId = jeton.getToken().getClaimAsString("client_id");
        return Acteur.clientApi(clientId != null ? clientId : jeton.getName(), guichet.code(), guichet.type(),
                guichet.territoire());
    }

    @Override
    public Guichet guichet() {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        if (authentification == null || !authentification.isAuthenticated()) {
            throw new AuthenticationCredentialsNotFoundException("Aucun jeton d'accès pour cette requête.");
        }
        if (authentification instanceof AuthentificationGuichet jeton && jeton.guichet() != null) {
            return jeton.guichet();
        }
        Refus refus = authentification instanceof AuthentificationGuichet jeton ? jeton.refus() : null;
        throw refus != null ? new AccesRefuseException(refus.code(), refus.message())
                : new AccesRefuseException("GUICHET_INCONNU", "L'appelant n'est pas un guichet enregistreur.");
    }
}
