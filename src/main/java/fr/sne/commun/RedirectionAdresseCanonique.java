package fr.sne.commun;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Sends a browser that reached a page under another host name (e.g. {@code 127.0.0.1} for {@code localhost}, or
 * whatever a {@code Host} header says) to the same page at the canonical address, before anything is read or kept
 * for it: its cookies (the session, the sign-in's state) belong to one host name, and the sign-in's redirect
 * addresses name the canonical one. Only {@code GET} and {@code HEAD} are sent on (a form posted elsewhere has no
 * session there anyway); only the host name is compared, so the canonical address may sit behind a proxy that
 * changes the scheme or the port.
 */
public final class RedirectionAdresseCanonique extends OncePerRequestFilter {

    private final Supplier<String> adresse;
    private final Predicate<HttpServletRequest> concernees;

    /**
     * @param adresse    the canonical address ({@code scheme://host[:port]}), read at each request (the port of a
     *                   random-port run is known only once the server listens)
     * @param concernees the requests of pages this filter looks at
     */
    public RedirectionAdresseCanonique(Supplier<String> adresse, Predicate<HttpServletRequest> concernees) {
        this.adresse = adresse;
        this.concernees = concernees;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws ServletException, IOException {
        boolean lecture = "GET".equals(requete.getMethod()) || "HEAD".equals(requete.getMethod());
        if (lecture && concernees.test(requete)) {
            URI canonique = URI.create(adresse.get());
            String hote = canonique.getHost();
            if (hote != null && !hote.toLowerCase(Locale.ROOT).equals(
                    requete.getServerName().toLowerCase(Locale.ROOT))) {
                String origine = canonique.getScheme() + "://" + canonique.getRawAuthority();
                String requeteBrute = requete.getQueryString();
                reponse.setStatus(HttpServletResponse.SC_FOUND);
                reponse.setHeader("Location", origine + requete.getRequestURI()
                        + (requeteBrute == null ? "" : "?" + requeteBrute));
                return;
            }
        }
        chaine.doFilter(requete, reponse);
    }
}
