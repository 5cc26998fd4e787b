package fr.sne.commun.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import fr.sne.commun.RedirectionAdresseCanonique;

/**
 * The part of a browser front end's filter chain that the agents' application and the applicants' portal share:
 * <ul>
 * <li>the security context in the session (Spring Session JDBC) under the front end's own key, so that a person
 * signed in to one is nobody in the other;</li>
 * <li>CSRF tokens on every form (in the session, or in the front end's own repository);</li>
 * <li>headers: a strict Content-Security-Policy (no inline script or style, nothing from elsewhere, forms posted to
 * itself or to the provider), no framing, same-origin referrer, no camera, microphone, location or payment;</li>
 * <li>with the embedded provider, one address: a browser under another host name is first sent to the same page at
 * the application's canonical address ({@link EnregistrementOidc#adresseApplication}), where its cookies and the
 * sign-in's redirect address live.</li>
 * </ul>
 */
public final class ChaineNavigateur {

    private ChaineNavigateur() {
    }

    /**
     * @param cleContexte the session attribute of the front end's security context
     * @param jetons      where the CSRF tokens live; {@code null}: in the session, as Spring Security keeps them
     * @param emetteur    the external provider's issuer; empty or {@code null}: the embedded provider
     * @return the security context's repository, for the front end's own filters
     */
    public static HttpSessionSecurityContextRepository appliquer(HttpSecurity http, String cleContexte,
            @Nullable CsrfTokenRepository jetons, @Nullable String emetteur, Environment environnement)
            throws Exception {
        HttpSessionSecurityContextRepository contextes = new HttpSessionSecurityContextRepository();
        contextes.setSpringSecurityContextKey(cleContexte);
        http.securityContext(contexte -> contexte.securityContextRepository(contextes))
                .headers(entetes -> entetes
                        .contentSecurityPolicy(csp -> csp.policyDirectives(politiqueContenu(emetteur)))
                        .referrerPolicy(referent -> referent
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(cadres -> cadres.deny())
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")));
        if (jetons != null) {
            http.csrf(csrf -> csrf.csrfTokenRepository(jetons));
        }
        if (emetteur == null || emetteur.isBlank()) {
            // the embedded provider knows the application at one address: a browser under another host name goes
            // there first, so that its session and the sign-in's state live under that host name
            http.addFilterBefore(new RedirectionAdresseCanonique(
                    () -> EnregistrementOidc.adresseApplication(environnement), requete -> true),
                    SecurityContextHolderFilter.class);
        }
        return contextes;
    }

    /**
     * Only the application's own files: scripts and styles from its origin (the DSFR's included), images from its
     * origin or inline SVG data URLs (the DSFR's icons), forms posted to itself or to the provider (sign-out).
     */
    public static String politiqueContenu(@Nullable String emetteur) {
        String formulaires = "'self'" + (emetteur == null || emetteur.isBlank() ? "" : " " + origine(emetteur));
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action " + formulaires;
    }

    /** A refused sign-in goes to the front end's page that says why ({@code ?motif=} the OAuth 2 error code). */
    public static AuthenticationFailureHandler echecConnexion(String pageRefus) {
        return (requete, reponse, exception) -> {
            String motif = exception instanceof OAuth2AuthenticationException oauth2
                    ? oauth2.getError().getErrorCode() : "echec";
            reponse.sendRedirect(requete.getContextPath() + pageRefus + "?motif="
                    + URLEncoder.encode(motif, StandardCharsets.UTF_8));
        };
    }

    private static String origine(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
