package fr.sne.pro;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CSRF tokens in the session, as Spring Security keeps them, except that a form posted without a session (its
 * session expired, or none ever existed) does not create one to hold a token it could not carry anyway: the post is
 * refused, and the agent sent to the sign-in, without a session row written.
 */
final class JetonsCsrf implements CsrfTokenRepository {

    private static final Set<HttpMethod> SURES = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.TRACE,
            HttpMethod.OPTIONS);

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest requete) {
        return session.generateToken(requete);
    }

    @Override
    public void saveToken(@Nullable CsrfToken jeton, HttpServletRequest requete, HttpServletResponse reponse) {
        if (jeton != null && requete.getSession(false) == null && !SURES.contains(HttpMethod.valueOf(requete.getMethod()))) {
            return;
        }
        session.saveToken(jeton, requete, reponse);
    }

    @Override
    public @Nullable CsrfToken loadToken(HttpServletRequest requete) {
        return session.loadToken(requete);
    }
}
