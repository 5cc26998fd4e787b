package fr.sne.pro;

import java.io.IOException;
import java.time.Duration;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.SavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where a signed-in agent lands: the page of the form he posted when his session had expired, or the page he
 * asked for before signing in ({@link PageDeRetour}), else the home page. His session, short while the sign-in was
 * under way ({@link DureeSessionConnexion}), gets the signed-in agent's lifetime.
 */
final class RetourApresConnexion extends SimpleUrlAuthenticationSuccessHandler {

    private final PageDeRetour pages;
    private final int dureeSession;

    RetourApresConnexion(PageDeRetour pages, Duration dureeSession) {
        super("/pro/");
        this.pages = pages;
        this.dureeSession = Math.toIntExact(dureeSession.toSeconds());
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest requete, HttpServletResponse reponse,
            Authentication authentification) throws IOException {
        HttpSession session = requete.getSession(false);
        if (session != null) {
            session.setMaxInactiveInterval(dureeSession);
        }
        SavedRequest page = pages.getRequest(requete, reponse);
        pages.removeRequest(requete, reponse);
        clearAuthenticationAttributes(requete);
        getRedirectStrategy().sendRedirect(requete, reponse, page == null ? "/pro/" : page.getRedirectUrl());
    }
}
