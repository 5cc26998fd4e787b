package fr.sne.identite;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Where the provider's sign-in sends the browser back (the authorization request it interrupted): only that
 * address, as a string of at most {@value #TAILLE_MAX} characters in the session, where Spring Security's own
 * request cache would keep the whole request, headers and cookies included (several kilobytes with padded headers).
 * Only a GET is remembered, and forgotten once the browser is back at it.
 */
final class AdresseDeRetour implements RequestCache {

    static final String ATTRIBUT = "SNE_IDENTITE_RETOUR";
    static final int TAILLE_MAX = 2_048;

    @Override
    public void saveRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        if (!"GET".equals(requete.getMethod())) {
            return;
        }
        String adresse = adresse(requete);
        if (adresse.length() <= TAILLE_MAX) {
            requete.getSession().setAttribute(ATTRIBUT, adresse);
        }
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        HttpSession session = requete.getSession(false);
        return session != null && session.getAttribute(ATTRIBUT) instanceof String adresse
                ? new SimpleSavedRequest(adresse) : null;
    }

    /** Back at the remembered address: forgets it (nothing of the original request needs restoring). */
    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        HttpSession session = requete.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUT) instanceof String adresse
                && adresse.equals(adresse(requete))) {
            session.removeAttribute(ATTRIBUT);
        }
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        HttpSession session = requete.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUT);
        }
    }

    /** The path and query, relative to the application (the redirect strategy adds the context path). */
    private static String adresse(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return requete.getQueryString() == null ? chemin : chemin + "?" + requete.getQueryString();
    }
}
