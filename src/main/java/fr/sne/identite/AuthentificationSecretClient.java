package fr.sne.identite;

import java.util.Optional;
import java.util.OptionalLong;

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
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import fr.sne.commun.limite.AdresseSource;

import fr.sne.identite.ClientsApi.ClientEnregistre;

/**
 * Authenticates an API client by its secret ({@code client_secret_basic} or {@code client_secret_post}), in place
 * of Spring Authorization Server's own provider, which knows one secret per client: here the current secret and,
 * during a rotation, the previous one until it expires. An unknown client costs the same hash comparison as a known
 * one, so that the answer's time does not tell which clients exist.
 *
 * <p>Failures are counted per client id (known or not) and per source address ({@link FreinageConnexion}): past
 * the limit, the attempt is refused with {@link AuthentificationSuspendue} (429) before its secret is looked at.
 */
final class AuthentificationSecretClient implements AuthenticationProvider {

    private final ClientsApi clients;
    private final PasswordEncoder encodeur;
    private final FreinageConnexion freinage;
    private final String hashLeurre;

    AuthentificationSecretClient(ClientsApi clients, PasswordEncoder encodeur, FreinageConnexion freinage) {
        this.clients = clients;
        this.encodeur = encodeur;
        this.freinage = freinage;
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
        String clientId = demande.getPrincipal().toString();
        String source = AdresseSource.cle(demande.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null);
        OptionalLong attente = freinage.attente(FreinageConnexion.Point.JETON, clientId, source);
        if (attente.isPresent()) {
            throw new AuthentificationSuspendue(attente.getAsLong());
        }
        Optional<ClientEnregistre> client = clients.charger(clientId);
        if (client.isEmpty()) {
            encodeur.matches(secret, hashLeurre);
            freinage.echec(FreinageConnexion.Point.JETON, clientId, source);
            throw refus();
        }
        if (client.get().hashesSecrets().stream().noneMatch(hash -> encodeur.matches(secret, hash))) {
            freinage.echec(FreinageConnexion.Point.JETON, clientId, source);
            throw refus();
        }
        return new OAuth2ClientAuthenticationToken(client.get().client(), methode, demande.getCredentials());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /**
     * Too many failures for this client or from this address: refused (429) until the window ends, whatever the
     * secret, with the same answer whether the client exists or not.
     */
    static final class AuthentificationSuspendue extends OAuth2AuthenticationException {

        private static final long serialVersionUID = 1L;

        private final long secondes;

        AuthentificationSuspendue(long secondes) {
            super(new OAuth2Error("authentification_suspendue",
                    "Trop d'échecs d'authentification pour ce client ou depuis cette adresse.", null));
            this.secondes = secondes;
        }

        long secondes() {
            return secondes;
        }
    }

    private static OAuth2AuthenticationException refus() {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                "Client inconnu, inactif ou secret erroné.", null));
    }
}
