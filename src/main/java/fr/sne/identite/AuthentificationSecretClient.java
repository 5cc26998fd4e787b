package fr.sne.identite;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;

import fr.sne.identite.ClientsApi.ClientEnregistre;

/**
 * Authenticates an API client by its secret ({@code client_secret_basic} or {@code client_secret_post}), in place
 * of Spring Authorization Server's own provider, which knows one secret per client: here the current secret and,
 * during a rotation, the previous one until it expires. An unknown client costs the same hash comparison as a known
 * one, so that the answer's time does not tell which clients exist.
 */
final class AuthentificationSecretClient implements AuthenticationProvider {

    private final ClientsApi clients;
    private final PasswordEncoder encodeur;
    private final String hashLeurre;

    AuthentificationSecretClient(ClientsApi clients, PasswordEncoder encodeur) {
        this.clients = clients;
        this.encodeur = encodeur;
        this.hashLeurre = encodeur.encode("leurre-" + System.nanoTime());
    }

    @Override
    public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
        OAuth2ClientAuthenticationToken demande = (OAuth2ClientAuthenticationToken) authentication;
        ClientAuthenticationMethod methode = demande.getClientAuthenticationMethod();
        if (!ClientAuthenticationMethod.CLIENT_SECRET_BASIC.equals(methode)
                && !ClientAuthenticationMethod.CLIENT_SECRET_POST.equals(methode)) {
            return null;
        }
        String secret = demande.getCredentials() == null ? "" : demande.getCredentials().toString();
        Optional<ClientEnregistre> client = clients.charger(demande.getPrincipal().toString());
        if (client.isEmpty()) {
            encodeur.matches(secret, hashLeurre);
            throw refus();
        }
        if (client.get().hashesSecrets().stream().noneMatch(hash -> encodeur.matches(secret, hash))) {
            throw refus();
        }
        return new OAuth2ClientAuthenticationToken(client.get().client(), methode, demande.getCredentials());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static OAuth2AuthenticationException refus() {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                "Client inconnu, inactif ou secret erroné.", null));
    }
}
