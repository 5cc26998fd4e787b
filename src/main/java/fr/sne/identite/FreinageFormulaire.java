package fr.sne.identite;

import java.io.IOException;
import java.util.OptionalLong;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.sne.commun.limite.AdresseSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The sign-in form's side of {@link FreinageConnexion}: before the password is looked at, a login or an address
 * slowed is sent back to the form, which says for how many minutes ({@code /login?freinee=<minutes>}); after a
 * failed attempt, the failure is counted. The same for a login that exists or not.
 */
final class FreinageFormulaire extends OncePerRequestFilter {

    static final String PARAMETRE = "freinee";

    private final FreinageConnexion freinage;

    FreinageFormulaire(FreinageConnexion freinage) {
        this.freinage = freinage;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest requete) {
        return !"POST".equals(requete.getMethod())
                || !"/login".equals(requete.getRequestURI().substring(requete.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        OptionalLong attente = freinage.attente(FreinageConnexion.Point.FORMULAIRE, identifiant(requete),
                AdresseSource.de(requete));
        if (attente.isPresent()) {
            long minutes = Math.max(1, (attente.getAsLong() + 59) / 60);
            reponse.sendRedirect(requete.getContextPath() + "/login?" + PARAMETRE + "=" + minutes);
            return;
        }
        suite.doFilter(requete, reponse);
    }

    private static String identifiant(HttpServletRequest requete) {
        String identifiant = requete.getParameter("username");
        return identifiant == null ? "" : identifiant;
    }

    /** A failed sign-in: counted, then the form again with its error ({@code /login?error}). */
    static final class Echec extends SimpleUrlAuthenticationFailureHandler {

        private final FreinageConnexion freinage;

        Echec(FreinageConnexion freinage) {
            super("/login?error");
            this.freinage = freinage;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest requete, HttpServletResponse reponse,
                AuthenticationException exception) throws IOException, ServletException {
            freinage.echec(FreinageConnexion.Point.FORMULAIRE, identifiant(requete), AdresseSource.de(requete));
            super.onAuthenticationFailure(requete, reponse, exception);
        }
    }
}
