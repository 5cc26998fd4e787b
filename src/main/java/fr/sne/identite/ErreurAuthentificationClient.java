package fr.sne.identite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.GestionnaireErreurs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OAuth2 error answer of a failed client authentication (RFC 6749 §5.2): 401 for {@code invalid_client},
 * with the {@code WWW-Authenticate: Basic} challenge when the client tried HTTP Basic; 400 otherwise. A client or
 * address slowed after too many failures gets 429 with {@code Retry-After}, as a problem document (RFC 9457) like
 * the API's own 429, code {@code AUTHENTIFICATION_SUSPENDUE}.
 */
final class ErreurAuthentificationClient implements AuthenticationFailureHandler {

    private final OAuth2ErrorHttpMessageConverter convertisseur = new OAuth2ErrorHttpMessageConverter();
    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SecurityContextHolder.clearContext();
        if (exception instanceof AuthentificationSecretClient.AuthentificationSuspendue suspendue) {
            suspendre(response, suspendue.secondes());
            return;
        }
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

    private void suspendre(HttpServletResponse response, long secondes) throws IOException {
        Map<String, Object> probleme = new LinkedHashMap<>();
        probleme.put("type", GestionnaireErreurs.TROP_DE_REQUETES.toString());
        probleme.put("title", "Trop de requêtes");
        probleme.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        probleme.put("detail", CodeMotif.AUTHENTIFICATION_SUSPENDUE.message());
        probleme.put("code", CodeMotif.AUTHENTIFICATION_SUSPENDUE.name());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(secondes));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(probleme));
    }
}
