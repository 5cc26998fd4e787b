package fr.sne.pro;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where a signed-in agent lands: the page of the form he posted when his session had expired, else the page he
 * asked for before signing in, else the home page.
 */
final class RetourApresConnexion extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String ATTRIBUT = "SNE_PRO_RETOUR";

    RetourApresConnexion(RequestCache requetesSauvees) {
        setDefaultTargetUrl("/pro/");
        setRequestCache(requetesSauvees);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest requete, HttpServletResponse reponse,
            Authentication authentification) throws ServletException, IOException {
        HttpSession session = requete.getSession(false);
        Object retour = session == null ? null : session.getAttribute(ATTRIBUT);
        if (retour instanceof String page && page.startsWith("/pro/")) {
            session.removeAttribute(ATTRIBUT);
            clearAuthenticationAttributes(requete);
            getRedirectStrategy().sendRedirect(requete, reponse, page);
            return;
        }
        super.onAuthenticationSuccess(requete, reponse, authentification);
    }
}
