package fr.sne.identite;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A client credentials request without {@code scope} gets every scope of its client (RFC 6749 §3.3 lets the
 * server apply a default), as the API clients have always received {@code demandes} without asking: a guichet
 * client's scopes are its habilitations (ADR 0017), so it gets them all; Spring Authorization Server alone would
 * grant none. A scope the client does not hold is refused ({@code invalid_scope}) by the standard validation.
 */
final class ScopesParDefaut implements AuthenticationConverter {

    private final OAuth2ClientCredentialsAuthenticationConverter standard =
            new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        Authentication demande = standard.convert(request);
        if (demande instanceof OAuth2ClientCredentialsAuthenticationToken octroi && octroi.getScopes().isEmpty()
                && octroi.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            return new OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
                    octroi.getAdditionalParameters());
        }
        return demande;
    }
}
