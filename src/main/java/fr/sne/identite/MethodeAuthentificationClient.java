package fr.sne.identite;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Runs before Spring Authorization Server's client authentication converters and refuses what they would let
 * through: a request using two authentication methods at once (RFC 6749 §2.3: "MUST NOT use more than one"),
 * and a request naming no client at all, which is answered {@code invalid_client} (401) rather than as an
 * anonymous request. Otherwise it leaves the request to the standard converters.
 */
final class MethodeAuthentificationClient implements AuthenticationConverter {

    @Override
    public @Nullable Authentication convert(HttpServletRequest request) {
        boolean basic = basic(request);
        if (basic && request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
                    "Une seule méthode d'authentification du client est permise.", null));
        }
        if (!basic && request.getParameter(OAuth2ParameterNames.CLIENT_ID) == null
                && request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT,
                    "Authentification du client requise (Basic ou client_id/client_secret).", null));
        }
        return null;
    }

    static boolean basic(HttpServletRequest request) {
        String autorisation = request.getHeader(HttpHeaders.AUTHORIZATION);
        return autorisation != null && autorisation.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
