package fr.sne.identite;

import java.util.function.Consumer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

import fr.sne.identite.ComptesAgents.CompteDemandeurDemo;

/**
 * Which account signs in to which client of the embedded provider: a demo applicant only to the portal
 * ({@value EmetteurLocalConfiguration#CLIENT_PORTAIL}), an agent only to the others (the agents' application).
 * A person signed in at the provider as the other kind is sent back to the client with {@code access_denied}: the
 * client says the sign-in was refused, and no code is issued.
 */
final class ClientsParNature implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext contexte) {
        OAuth2AuthorizationCodeRequestAuthenticationToken demande = contexte.getAuthentication();
        if (!(demande.getPrincipal() instanceof Authentication personne) || !personne.isAuthenticated()
                || personne instanceof AnonymousAuthenticationToken) {
            // not signed in yet: the provider shows its login page first
            return;
        }
        boolean portail = EmetteurLocalConfiguration.CLIENT_PORTAIL.equals(contexte.getRegisteredClient().getClientId());
        boolean demandeur = personne.getPrincipal() instanceof CompteDemandeurDemo;
        if (portail != demandeur) {
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(
                    OAuth2ErrorCodes.ACCESS_DENIED, portail ? "Ce compte n'est pas celui d'un demandeur."
                            : "Ce compte n'est pas celui d'un agent.", null), demande);
        }
    }
}
