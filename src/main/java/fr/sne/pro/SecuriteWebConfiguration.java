package fr.sne.pro;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import fr.sne.commun.limite.LimitePartagee;
import fr.sne.commun.web.ChaineNavigateur;
import fr.sne.commun.limite.SeauxPartages;
import fr.sne.guichet.Agents;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The filter chain of the professional web application, between the API's chain and the last one (see the
 * ordering convention in {@code fr.sne.api.SecuriteConfiguration}), on its own paths ({@link #CHEMINS}).
 * <ul>
 * <li>Sign-in: OpenID Connect, authorization code with PKCE, at the one provider {@link ClientOidc} (the
 * embedded one of the default run, ProConnect or any OIDC provider in production); SNE's registry of accounts
 * then decides who the person is ({@link ServiceAgentsOidc}) and every request checks it again
 * ({@link FiltreCompteActif}).</li>
 * <li>Sessions: Spring Session JDBC (table {@code spring_session}), so any instance serves any agent; the
 * session's security context is kept under its own key, apart from the embedded provider's sign-in in the same
 * session. No session before the sign-in starts: the page to come back to is a cookie ({@link PageDeRetour}), a
 * form posted without a session creates none ({@link JetonsCsrf}); the sign-in's session is short-lived
 * ({@link DureeSessionConnexion}) until the agent is signed in.</li>
 * <li>Anonymous requests are limited per source address ({@link LimiteAnonymes}).</li>
 * <li>CSRF tokens on every form; a request whose token is missing because the session has expired is sent to
 * the sign-in, then back to the page it came from (a registration draft is kept in the database).</li>
 * <li>With the embedded provider, one address: a browser that comes under another host name (e.g.
 * {@code 127.0.0.1}) is first sent to the same page at the application's canonical address
 * ({@link fr.sne.commun.web.EnregistrementOidc#adresseApplication}), where its cookies and the sign-in's redirect
 * address live.</li>
 * <li>Headers: a strict Content-Security-Policy (no inline script or style, nothing from elsewhere), no framing,
 * same-origin referrer; the session cookie is HttpOnly, SameSite=Lax, Secure in production. The security context's
 * key, CSRF, these headers and the canonical address are wired by {@link ChaineNavigateur}, as for the portal.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebProperties.class)
class SecuriteWebConfiguration {

    /** After the API's chain ({@code LOWEST_PRECEDENCE - 100}), before the last one. */
    static final int ORDRE_WEB = Ordered.LOWEST_PRECEDENCE - 50;

    /** The paths of this chain. */
    static final String[] CHEMINS = {"/", "/pro", "/pro/**", "/oauth2/authorization/**", "/login/oauth2/**",
        "/dsfr/**", "/ressources/**", "/favicon.ico"};

    /** The session attribute holding the application's security context. */
    static final String CLE_CONTEXTE = "SNE_PRO_SECURITE";

    static final String PAGE_CONNEXION = "/oauth2/authorization/" + ClientOidc.ID;

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(WebProperties proprietes, Environment environnement) {
        return ClientOidc.creer(proprietes.oidc(), environnement);
    }

    /** Right after Spring Session's filter: a session created before the sign-in ends lives briefly. */
    @Bean
    FilterRegistrationBean<DureeSessionConnexion> dureeSessionConnexion(
            @Value("${sne.web.duree-session-connexion:10m}") Duration duree) {
        FilterRegistrationBean<DureeSessionConnexion> filtre = new FilterRegistrationBean<>(
                new DureeSessionConnexion(duree));
        filtre.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return filtre;
    }

    @Bean
    @Order(ORDRE_WEB)
    SecurityFilterChain filtresWeb(HttpSecurity http, ClientRegistrationRepository clients, Agents agents,
            WebProperties proprietes, Environment environnement, SeauxPartages seaux,
            @Value("${sne.web.duree-session-connexion:10m}") Duration dureeConnexion,
            @Value("${spring.session.timeout:${server.servlet.session.timeout:30m}}") Duration dureeSession,
            @Value("${server.servlet.session.cookie.secure:false}") boolean cookieSecurise,
            @Value("${sne.web.anonyme.limite-requetes:120}") int limiteAnonymes,
            @Value("${sne.web.anonyme.fenetre:1m}") Duration fenetreAnonymes) throws Exception {
        PageDeRetour requetesSauvees = new PageDeRetour(dureeConnexion, cookieSecurise);

        DefaultOAuth2AuthorizationRequestResolver demandes = new DefaultOAuth2AuthorizationRequestResolver(clients,
                "/oauth2/authorization");
        demandes.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        http.securityMatcher(CHEMINS);
        HttpSessionSecurityContextRepository contextes = ChaineNavigateur.appliquer(http, CLE_CONTEXTE,
                new JetonsCsrf(), proprietes.oidc().emetteur(), environnement);
        http.requestCache(cache -> cache.requestCache(requetesSauvees))
                .authorizeHttpRequests(requetes -> requetes
                        .requestMatchers("/dsfr/**", "/ressources/**", "/favicon.ico").permitAll()
                        .requestMatchers("/", "/pro", "/pro/connexion-refusee", "/pro/au-revoir").permitAll()
                        .requestMatchers("/pro/administration/**").hasAnyRole("GESTIONNAIRE_TERRITORIAL",
                                "ADMINISTRATEUR_NATIONAL")
                        .anyRequest().authenticated())
                .oauth2Login(connexion -> connexion
                        .loginPage(PAGE_CONNEXION)
                        .authorizationEndpoint(autorisation -> autorisation.authorizationRequestResolver(demandes))
                        .userInfoEndpoint(utilisateur -> utilisateur
                                .oidcUserService(new ServiceAgentsOidc(agents, proprietes.oidc().correspondance())))
                        .failureHandler(ChaineNavigateur.echecConnexion("/pro/connexion-refusee"))
                        .successHandler(new RetourApresConnexion(requetesSauvees, dureeSession)))
                .logout(deconnexion -> deconnexion
                        .logoutUrl("/pro/deconnexion")
                        .logoutSuccessHandler(apresDeconnexion(clients, proprietes)))
                .exceptionHandling(erreurs -> erreurs
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(PAGE_CONNEXION))
                        .accessDeniedHandler(refus(requetesSauvees)))
                .addFilterBefore(new LimiteAnonymes(new LimitePartagee(seaux, "anonyme", limiteAnonymes,
                        fenetreAnonymes)), CsrfFilter.class)
                .addFilterBefore(new FiltreCompteActif(agents, contextes), AuthorizationFilter.class);
        return http.build();
    }

    /**
     * With an external provider, its session ends too (OpenID Connect RP-initiated logout); the embedded
     * provider's sign-in lives in the same web session, which the sign-out invalidates.
     */
    private static LogoutSuccessHandler apresDeconnexion(ClientRegistrationRepository clients,
            WebProperties proprietes) {
        if (!ClientOidc.fournisseurIntegre(proprietes.oidc())) {
            OidcClientInitiatedLogoutSuccessHandler oidc = new OidcClientInitiatedLogoutSuccessHandler(clients);
            oidc.setPostLogoutRedirectUri("{baseUrl}/pro/au-revoir");
            return oidc;
        }
        return (requete, reponse, authentification) -> reponse
                .sendRedirect(requete.getContextPath() + "/pro/au-revoir");
    }

    /**
     * A form posted after the session expired carries a CSRF token the server no longer knows: the agent signs
     * in again and comes back to the page of that form (its GET), instead of a bare 403. Any other refusal is a 403
     * page.
     */
    private static AccessDeniedHandler refus(PageDeRetour requetesSauvees) {
        return (requete, reponse, exception) -> {
            boolean sansSession = requete.getRequestedSessionId() != null && !requete.isRequestedSessionIdValid();
            var authentification = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            boolean connecte = authentification != null && authentification.getPrincipal() instanceof AgentConnecte;
            if (exception instanceof CsrfException && (sansSession || !connecte)) {
                requetesSauvees.retenirFormulaire(requete, reponse);
                reponse.sendRedirect(requete.getContextPath() + PAGE_CONNEXION);
                return;
            }
            reponse.sendError(HttpServletResponse.SC_FORBIDDEN);
        };
    }
}
