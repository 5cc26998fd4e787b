package fr.sne.api;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.GestionnaireErreurs;
import fr.sne.commun.ReponsesErreur;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answers of the security filter chain, as RFC 9457 problem details. The 401 keeps the
 * {@code WWW-Authenticate: Bearer ...} header of RFC 6750. A call without the habilitation its operation needs is
 * a 403 {@code HABILITATION_MANQUANTE} whose member {@code habilitation} names it (ADR 0017).
 */
final class ReponsesProbleme implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final URI NON_AUTHENTIFIE = URI.create("urn:sne:probleme:non-authentifie");

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final JsonMapper json;

    ReponsesProbleme(JsonMapper json) {
        this.json = json;
    }

    /**
     * A refused token gets the registry's code and French message ({@link JetonRefuse}), or the catalogue's general
     * one, and a {@code WWW-Authenticate} header whose {@code error_description} is that code: never the JWT
     * library's text, in the body or in the header.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            JetonRefuse refus = JetonRefuse.dans(exception);
            CodeMotif code = refus != null ? refus.code() : CodeMotif.JETON_INVALIDE;
            BearerTokenError erreur = oauth2.getError() instanceof BearerTokenError bearerError
                    ? bearerError : null;
            bearer.commence(request, response, new OAuth2AuthenticationException(new BearerTokenError(
                    erreur != null ? erreur.getErrorCode() : BearerTokenErrorCodes.INVALID_TOKEN,
                    erreur != null ? erreur.getHttpStatus() : HttpStatus.UNAUTHORIZED, code.name(), null)));
            ecrire(request, response, HttpStatus.UNAUTHORIZED, NON_AUTHENTIFIE, "Authentification requise",
                    refus != null ? refus.getMessage() : code.message(), code.name());
            return;
        }
        bearer.commence(request, response, exception);
        ecrire(request, response, HttpStatus.UNAUTHORIZED, NON_AUTHENTIFIE, "Authentification requise",
                "Un jeton d'accès (Authorization: Bearer ...) est requis.", CodeMotif.JETON_ABSENT.name());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        if (exception instanceof AuthorizationDeniedException refusee
                && refusee.getAuthorizationResult() instanceof HabilitationsRequises.Refusee manque) {
            String habilitation = manque.habilitation().code();
            // RFC 6750 §3.1: the token lacks what the resource needs
            response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + habilitation
                    + "\", error_description=\"" + CodeMotif.HABILITATION_MANQUANTE.name() + "\"");
            ecrire(request, response, HttpStatus.FORBIDDEN, GestionnaireErreurs.ACCES_REFUSE, "Accès refusé",
                    CodeMotif.HABILITATION_MANQUANTE.message(Map.of("habilitation", habilitation)),
                    CodeMotif.HABILITATION_MANQUANTE.name(), Map.of("habilitation", habilitation));
            return;
        }
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        Refus refus = authentification instanceof AuthentificationGuichet guichet ? guichet.refus() : null;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/actuator")
                && (refus == null || !"CLIENT_REVOQUE".equals(refus.code()))) {
            refus = new Refus("DROITS_EXPLOITATION_REQUIS",
                    "Les métriques sont réservées aux clients d'exploitation (scope exploitation).");
        }
        if (refus == null) {
            refus = new Refus("ACCES_REFUSE", "Ce client n'a pas accès à cette ressource.");
        }
        ecrire(request, response, HttpStatus.FORBIDDEN, GestionnaireErreurs.ACCES_REFUSE,
                "Accès refusé", refus.message(), refus.code());
    }

    private void ecrire(HttpServletRequest request, HttpServletResponse response, HttpStatus statut, URI type,
            String titre, String detail, String code) throws IOException {
        ecrire(request, response, statut, type, titre, detail, code, Map.of());
    }

    private void ecrire(HttpServletRequest request, HttpServletResponse response, HttpStatus statut, URI type,
            String titre, String detail, String code, Map<String, String> proprietes) throws IOException {
        ProblemDetail construit = ReponsesErreur.probleme(statut, type, titre, detail);
        construit.setInstance(URI.create(request.getRequestURI()));
        construit.setProperty("code", code);
        proprietes.forEach(construit::setProperty);
        // written outside Spring MVC: the same members as its message converters write, properties flattened
        Map<String, Object> probleme = new LinkedHashMap<>();
        probleme.put("type", String.valueOf(construit.getType()));
        probleme.put("title", construit.getTitle());
        probleme.put("status", construit.getStatus());
        probleme.put("detail", construit.getDetail());
        probleme.put("instance", String.valueOf(construit.getInstance()));
        if (construit.getProperties() != null) {
            probleme.putAll(construit.getProperties());
        }
        response.setStatus(statut.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), probleme);
    }
}
