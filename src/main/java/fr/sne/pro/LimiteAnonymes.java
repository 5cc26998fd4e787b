package fr.sne.pro;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import fr.sne.commun.limite.AdresseSource;
import fr.sne.commun.limite.LimitePartagee;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web chain's anonymous requests (pages asked for before signing in, the redirects of the sign-in) are limited
 * per source address, all instances together ({@code sne.web.anonyme.limite-requetes} per
 * {@code sne.web.anonyme.fenetre}); beyond, 429 with {@code Retry-After}. A signed-in agent is not counted, nor
 * are the static files (the DSFR's, the application's scripts), which write nothing and are cached.
 */
final class LimiteAnonymes extends OncePerRequestFilter {

    private final LimitePartagee limite;

    LimiteAnonymes(LimitePartagee limite) {
        this.limite = limite;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest requete) {
        String chemin = requete.getRequestURI().substring(requete.getContextPath().length());
        return chemin.startsWith("/dsfr/") || chemin.startsWith("/ressources/") || chemin.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain suite)
            throws ServletException, IOException {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        boolean anonyme = authentification == null || authentification instanceof AnonymousAuthenticationToken
                || !authentification.isAuthenticated();
        if (anonyme) {
            LimitePartagee.Decision decision = limite.prendre(AdresseSource.de(requete));
            if (!decision.accordee()) {
                reponse.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.secondesAvantFin()));
                reponse.sendError(429);
                return;
            }
        }
        suite.doFilter(requete, reponse);
    }
}
