package fr.sne.pro;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page of the application to come back to after the sign-in, kept in a cookie of the browser rather than in a
 * session: an anonymous visit, and the redirect to the sign-in, write nothing on the server. Only a page of the
 * application ({@code /pro/...}, path and query, at most {@value #TAILLE_MAX} characters) is kept, never an address
 * given by the request nor its headers; the cookie lives as long as a sign-in may take.
 */
final class PageDeRetour implements RequestCache {

    static final String COOKIE = "SNE_RETOUR";
    static final int TAILLE_MAX = 1_024;

    private final int dureeSecondes;
    private final boolean toujoursSecurise;

    /**
     * @param duree           how long the cookie lives: as long as a sign-in may take
     * @param toujoursSecurise {@code Secure} even when the request came in plain HTTP (TLS ended at the front), as
     *        the session cookie
     */
    PageDeRetour(java.time.Duration duree, boolean toujoursSecurise) {
        this.dureeSecondes = Math.toIntExact(duree.toSeconds());
        this.toujoursSecurise = toujoursSecurise;
    }

    /** A page asked for before signing in: a GET of the application's pages (not a script's call). */
    @Override
    public void saveRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        if (!"GET".equals(requete.getMethod()) || "XMLHttpRequest".equals(requete.getHeader("X-Requested-With"))) {
            return;
        }
        String page = chemin(requete);
        if (requete.getQueryString() != null) {
            String avecRequete = page + "?" + requete.getQueryString();
            page = avecRequete.length() <= TAILLE_MAX ? avecRequete : page;
        }
        retenir(requete, reponse, page);
    }

    /** The page of a form posted after the session expired: its address, without its query. */
    void retenirFormulaire(HttpServletRequest requete, HttpServletResponse reponse) {
        retenir(requete, reponse, chemin(requete));
    }

    private void retenir(HttpServletRequest requete, HttpServletResponse reponse, String page) {
        if (!valable(page)) {
            page = "/pro/";
        }
        reponse.addCookie(cookie(requete, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(page.getBytes(StandardCharsets.UTF_8)), dureeSecondes));
    }

    @Override
    public @Nullable SavedRequest getRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        String page = lire(requete);
        return page == null ? null : new SimpleSavedRequest(page);
    }

    /** Nothing of the original request is restored: the page is asked for again, by a GET. */
    @Override
    public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest requete, HttpServletResponse reponse) {
        if (lire(requete) != null) {
            reponse.addCookie(cookie(requete, "", 0));
        }
    }

    private static @Nullable String lire(HttpServletRequest requete) {
        Cookie[] cookies = requete.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && cookie.getValue().length() <= 2 * TAILLE_MAX) {
                try {
                    String page = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
                    return valable(page) ? page : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** A page of this application, and nothing that a browser could read as another site's address. */
    static boolean valable(String page) {
        return page.startsWith("/pro/") && page.length() <= TAILLE_MAX && !page.contains("//")
                && !page.contains("\\") && page.chars().noneMatch(c -> c < 0x21 || c == 0x7f);
    }

    private static String chemin(HttpServletRequest requete) {
        return requete.getRequestURI().substring(requete.getContextPath().length());
    }

    private Cookie cookie(HttpServletRequest requete, String valeur, int age) {
        Cookie cookie = new Cookie(COOKIE, valeur);
        cookie.setPath(requete.getContextPath().isEmpty() ? "/" : requete.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(toujoursSecurise || requete.isSecure());
        cookie.setMaxAge(age);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
