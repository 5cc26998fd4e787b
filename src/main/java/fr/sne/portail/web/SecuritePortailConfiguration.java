package fr.sne.portail.web;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.keygen.StringKeyGenerator;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import fr.sne.commun.web.ChaineNavigateur;
import fr.sne.portail.application.ConnexionsDemandeurs;

/**
 * The portal's filter chain, on {@code /portail/**} only, between the API's chain and the agents' application's (see
 * the ordering convention in {@code fr.sne.api.SecuriteConfiguration}).
 * <ul>
 * <li>Sign-in: OpenID Connect, authorization code with PKCE, registration {@value ClientFranceConnect#ID}:
 * FranceConnect in production, the embedded provider's client {@code sne-portail} by default, where only the demo
 * applicants sign in. The applicant's account is the provider's subject ({@link ServiceDemandeursOidc}).</li>
 * <li>Session: Spring Session JDBC (table {@code spring_session}) as for the agents; the portal's security context
 * under its own key {@value #CLE_CONTEXTE}: an agent signed in to the professional application in the same browser
 * is nobody here, and the reverse.</li>
 * <li>CSRF tokens on every form (in the session); headers as strict as the agents' application: both wired by
 * {@link ChaineNavigateur}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortailProperties.class)
class SecuritePortailConfiguration {

    /** After the API's chain ({@code LOWEST_PRECEDENCE - 100}), before the agents' application's ({@code - 50}). */
    static final int ORDRE_PORTAIL = Ordered.LOWEST_PRECEDENCE - 75;

    /** The session attribute holding the portal's security context. */
    static final String CLE_CONTEXTE = "SNE_PORTAIL_SECURITE";

    /** Where a request that needs a signed-in applicant starts the sign-in. */
    static final String PAGE_CONNEXION = ClientFranceConnect.BASE_AUTORISATION + "/" + ClientFranceConnect.ID;

    /** The pages anyone may read. */
    static final String[] PAGES_PUBLIQUES = {"/portail", "/portail/", "/portail/connexion-refusee",
        "/portail/au-revoir"};

    @Bean
    @Order(ORDRE_PORTAIL)
    SecurityFilterChain filtresPortail(HttpSecurity http, PortailProperties proprietes, Environment environnement,
            ConnexionsDemandeurs connexions) throws Exception {
        ClientRegistrationRepository clients = ClientFranceConnect.creer(proprietes.oidc(), environnement);
        HttpSessionRequestCache requetes = new HttpSessionRequestCache();
        requetes.setSessionAttrName("SNE_PORTAIL_REQUETE");
        requetes.setMatchingRequestParameterName(null);
        SavedRequestAwareAuthenticationSuccessHandler succes = new SavedRequestAwareAuthenticationSuccessHandler();
        succes.setRequestCache(requetes);
        succes.setDefaultTargetUrl("/portail/demandes");

        DefaultOAuth2AuthorizationRequestResolver demandes = new DefaultOAuth2AuthorizationRequestResolver(clients,
                ClientFranceConnect.BASE_AUTORISATION);
        demandes.setAuthorizationRequestCustomizer(personnalisationDemande(proprietes.oidc()));

        http.securityMatcher("/portail", "/portail/**");
        ChaineNavigateur.appliquer(http, CLE_CONTEXTE, null, proprietes.oidc().emetteur(), environnement);
        http.requestCache(cache -> cache.requestCache(requetes))
                .authorizeHttpRequests(autorisations -> autorisations
                        .requestMatchers(PAGES_PUBLIQUES).permitAll()
                        .anyRequest().hasRole("DEMANDEUR"))
                .oauth2Login(connexion -> connexion
                        .clientRegistrationRepository(clients)
                        .loginPage(PAGE_CONNEXION)
                        .authorizationEndpoint(autorisation -> autorisation.authorizationRequestResolver(demandes))
                        .redirectionEndpoint(retour -> retour.baseUri(ClientFranceConnect.RETOUR + "*"))
                        .userInfoEndpoint(utilisateur -> utilisateur
                                .oidcUserService(new ServiceDemandeursOidc(connexions, proprietes.oidc())))
                        .failureHandler(ChaineNavigateur.echecConnexion("/portail/connexion-refusee"))
                        .successHandler(succes))
                .logout(deconnexion -> deconnexion
                        .logoutUrl("/portail/deconnexion")
                        .logoutSuccessHandler(apresDeconnexion(clients, proprietes)))
                .exceptionHandling(erreurs -> erreurs
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(PAGE_CONNEXION)));
        return http.build();
    }

    /**
     * The id tokens' decoders, for both chains (Spring Security takes the one bean of this type): the portal's
     * registration at an external provider is signed with {@code sne.portail.oidc.algorithme} (FranceConnect: ES256
     * or RS256), with the keys of its {@code jwks_uri}; any other registration (the agents', the embedded provider's)
     * with RS256, Spring Security's default.
     */
    @Bean
    JwtDecoderFactory<ClientRegistration> decodeursJetonsIdentite(PortailProperties proprietes) {
        OidcIdTokenDecoderFactory decodeurs = new OidcIdTokenDecoderFactory();
        PortailProperties.Oidc reglages = proprietes.oidc();
        SignatureAlgorithm algorithme = ClientFranceConnect.fournisseurIntegre(reglages) ? SignatureAlgorithm.RS256
                : InformationsSignees.algorithme(reglages);
        decodeurs.setJwsAlgorithmResolver(enregistrement -> ClientFranceConnect.ID.equals(
                enregistrement.getRegistrationId()) ? algorithme : SignatureAlgorithm.RS256);
        return decodeurs;
    }

    /**
     * The authorization request: {@code state} and {@code nonce} always (Spring Security's); PKCE with the embedded
     * provider's public client; with FranceConnect, the level of assurance asked for ({@code acr_values}).
     */
    static java.util.function.Consumer<OAuth2AuthorizationRequest.Builder> personnalisationDemande(
            PortailProperties.Oidc reglages) {
        if (ClientFranceConnect.fournisseurIntegre(reglages)) {
            return OAuth2AuthorizationRequestCustomizers.withPkce();
        }
        List<String> niveaux = reglages.acrValues();
        return demande -> {
            if (!niveaux.isEmpty()) {
                demande.additionalParameters(parametres -> parametres.put("acr_values", String.join(" ", niveaux)));
            }
        };
    }

    /**
     * With FranceConnect, its session ends too (RP-initiated logout): its {@code end_session_endpoint} with the id
     * token ({@code id_token_hint}), a {@code state} and the portal's goodbye page as {@code post_logout_redirect_uri};
     * then the goodbye page. Without an id token or an end-session endpoint, the goodbye page at once.
     */
    private static LogoutSuccessHandler apresDeconnexion(ClientRegistrationRepository clients, PortailProperties proprietes) {
        return (requete, reponse, authentification) -> {
            String auRevoir = UriComponentsBuilder.fromUriString(requete.getRequestURL().toString())
                    .replacePath(requete.getContextPath() + "/portail/au-revoir").replaceQuery(null).build()
                    .toUriString();
            Object finSession = null;
            if (!ClientFranceConnect.fournisseurIntegre(proprietes.oidc())) {
                ClientRegistration fournisseur = clients.findByRegistrationId(ClientFranceConnect.ID);
                finSession = fournisseur == null ? null
                        : fournisseur.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            }
            if (finSession != null && authentification != null
                    && authentification.getPrincipal() instanceof OidcUser personne) {
                reponse.sendRedirect(UriComponentsBuilder.fromUriString(finSession.toString())
                        .queryParam("id_token_hint", personne.getIdToken().getTokenValue())
                        .queryParam("state", ETATS.generateKey())
                        .queryParam("post_logout_redirect_uri", auRevoir)
                        .encode().build().toUriString());
                return;
            }
            reponse.sendRedirect(requete.getContextPath() + "/portail/au-revoir");
        };
    }

    private static final StringKeyGenerator ETATS = new Base64StringKeyGenerator(
            java.util.Base64.getUrlEncoder().withoutPadding(), 32);
}
