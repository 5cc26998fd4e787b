package fr.sne.identite;

import java.io.IOException;

import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request of the provider's chain the one issuer of {@link AdresseEmetteur}. Spring Authorization
 * Server takes the issuer from its settings when they name one, and otherwise from the request's own URL, hence
 * from its {@code Host} header; the default issuer's port is known only once the server listens (a random port in
 * the tests), after the settings are built. So this filter, placed after Spring's own context filter, replaces the
 * request's context with one naming the fixed issuer: discovery documents, token {@code iss} and the endpoints'
 * addresses then never depend on the host a request names.
 */
final class EmetteurFixe extends OncePerRequestFilter {

    private final AdresseEmetteur adresse;

    EmetteurFixe(AdresseEmetteur adresse) {
        this.adresse = adresse;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest requete, HttpServletResponse reponse, FilterChain chaine)
            throws ServletException, IOException {
        AuthorizationServerContext derive = AuthorizationServerContextHolder.getContext();
        if (derive == null) {
            chaine.doFilter(requete, reponse);
            return;
        }
        String emetteur = adresse.valeur();
        AuthorizationServerSettings reglages = derive.getAuthorizationServerSettings();
        AuthorizationServerContextHolder.setContext(new AuthorizationServerContext() {
            @Override
            public String getIssuer() {
                return emetteur;
            }

            @Override
            public AuthorizationServerSettings getAuthorizationServerSettings() {
                return reglages;
            }
        });
        try {
            chaine.doFilter(requete, reponse);
        } finally {
            AuthorizationServerContextHolder.setContext(derive);
        }
    }
}
