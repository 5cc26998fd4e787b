package fr.sne.identite;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The OAuth2 error answer of a failed client authentication (RFC 6749 §5.2): 401 for {@code invalid_client},
 * with the {@code WWW-Authenticate: Basic} challenge when the client tried HTTP Basic; 400 otherwise.
 */
final class ErreurAuthentificationClient implements AuthenticationFailureHandler {

    private final OAuth2ErrorHttpMessageConverter convertisseur = new OAuth2ErrorHttpMessageConverter();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SecurityContextHolder.clearContext();
        OAuth2Error erreur = exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError()
                : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
        ServletServerHttpResponse reponse = new ServletServerHttpResponse(response);
        boolean clientInvalide = OAuth2ErrorCodes.INVALID_CLIENT.equals(erreur.getErrorCode());
        reponse.setStatusCode(clientInvalide ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
        if (clientInvalide && MethodeAuthentificationClient.basic(request)) {
            reponse.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sne\", charset=\"UTF-8\"");
        }
        reponse.getHeaders().setCacheControl("no-store");
        convertisseur.write(erreur, null, reponse);
    }
}
