package fr.sne.pro;

import java.io.IOException;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A session is created by a sign-in under way (the OpenID Connect authorization request and its PKCE verifier, the
 * embedded provider's form and its CSRF token): it lives only as long as a sign-in may take
 * ({@code sne.web.duree-session-connexion}, 10 minutes), not the signed-in agent's 30 minutes, which
 * {@link RetourApresConnexion} gives it once he is signed in. Runs right after Spring Session's filter, for every
 * request: whichever chain creates the session.
 */
final class DureeSessionConnexion extends OncePerRequestFilter {

    private final int secondes;

    DureeSessionConnexion(Duration duree) {
        this.secondes = Math.toIntExact(duree.toSeconds());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        suite.doFilter(new HttpServletRequestWrapper(requete) {

            @Override
            public @Nullable HttpSession getSession(boolean creer) {
                HttpSession session = super.getSession(creer);
                if (session != null && session.isNew() && session.getMaxInactiveInterval() > secondes) {
                    session.setMaxInactiveInterval(secondes);
                }
                return session;
            }

            @Override
            public HttpSession getSession() {
                return java.util.Objects.requireNonNull(getSession(true));
            }
        }, reponse);
    }
}
