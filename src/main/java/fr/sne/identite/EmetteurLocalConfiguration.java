package fr.sne.identite;

import java.util.function.Consumer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationValidator;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import fr.sne.api.SecuriteProperties;
import fr.sne.commun.RedirectionAdresseCanonique;

/**
 * The embedded identity provider of the local run and of the tests, built on Spring Authorization Server (Spring
 * Boot's own auto-configuration of it is excluded, see application.yml): the client credentials grant for the API
 * clients of {@code client_api}, OpenID Connect sign-in (authorization code + PKCE) of the agents of
 * {@code compte_agent} for the web application {@code sne-web} and of the demo applicants of
 * {@code compte_demandeur_demo} for the portal {@code sne-portail} (each only to his own), discovery documents and
 * key set. Its filter chain
 * comes first and matches only its own endpoints and the login page; everything else is the resource server's
 * chain ({@code SecuriteConfiguration}). One RSA key, kept in the data folder, signs every token. Off in
 * production, where the tokens come from an external provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
class EmetteurLocalConfiguration {

    /** Client id of the agents' web application. */
    static final String CLIENT_WEB = "sne-web";

    /** Client id of the applicants' portal (FranceConnect's stand-in, ADR 0027). */
    static final String CLIENT_PORTAIL = "sne-portail";

    /** Where the portal's sign-in comes back ({@code fr.sne.portail.web.SecuritePortailConfiguration}). */
    static final String RETOUR_PORTAIL = "/portail/connexion/retour/franceconnect";

    /** The provider's pages a browser visits: sent to the issuer's host name first. */
    private static final RequestMatcher PAGES_NAVIGATEUR = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher("/login"),
            PathPatternRequestMatcher.withDefaults().matcher("/oauth2/authorize"));

    @Bean
    CleSignature cleSignature(SecuriteProperties proprietes) {
        return new CleSignature(CleSignatureLocale.charger(proprietes.emetteurLocal().repertoireCles()));
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(CleSignature cle) {
        return new ImmutableJWKSet<>(new JWKSet(cle.rsa()));
    }

    @Bean
    JwtEncoder jwtEncoder(JWKSource<SecurityContext> jwkSource) {
        return new NimbusJwtEncoder(jwkSource);
    }

    @Bean
    AdresseEmetteur adresseEmetteur(SecuriteProperties proprietes, Environment environnement) {
        return new AdresseEmetteur(proprietes.emetteurLocal(), environnement);
    }

    /**
     * Verifies the tokens this provider signed: its key, their lifetime (an expiry is required), its issuer. The
     * API adds its own audience ({@code fr.sne.api.VerificationJeton}); the provider's user info endpoint takes
     * the agents' access tokens, whose audience is the web application's client.
     */
    @Bean
    JwtDecoder jwtDecoder(CleSignature cle, AdresseEmetteur emetteur) throws JOSEException {
        NimbusJwtDecoder decodeur = NimbusJwtDecoder.withPublicKey(cle.rsa().toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        JwtTimestampValidator duree = new JwtTimestampValidator();
        duree.setAllowEmptyExpiryClaim(false);
        decodeur.setJwtValidator(new DelegatingOAuth2TokenValidator<>(duree,
                jwt -> emetteur.valeur().equals(jwt.getClaimAsString(JwtClaimNames.ISS))
                        ? OAuth2TokenValidatorResult.success()
                        : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                                "Le jeton n'a pas été émis par " + emetteur.valeur() + ".", null))));
        return decodeur;
    }

    /** The issuer when configured; otherwise {@link EmetteurFixe} gives each request the default one. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(SecuriteProperties proprietes) {
        String emetteur = proprietes.emetteurLocal().emetteur();
        AuthorizationServerSettings.Builder reglages = AuthorizationServerSettings.builder();
        if (emetteur != null && !emetteur.isBlank()) {
            reglages.issuer(emetteur.strip());
        }
        return reglages.build();
    }

    @Bean
    ClientsApi clientsApi(JdbcClient jdbc, PasswordEncoder encodeur, SecuriteProperties proprietes) {
        return new ClientsApi(jdbc, encodeur, proprietes.emetteurLocal().dureeJeton());
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientsApi clientsApi, SecuriteProperties proprietes,
            AdresseEmetteur emetteur) {
        return new ClientsEnregistres(() -> clientWeb(proprietes, emetteur.valeur()),
                () -> clientPortail(proprietes, emetteur.valeur()), clientsApi);
    }

    /**
     * The agents' web application: a public client (PKCE), sent back to {@code <issuer>/login/oauth2/code/sne}
     * unless {@code redirection-client-web} names another address; built when first asked for, once the port the
     * issuer's address names is known.
     */
    static RegisteredClient clientWeb(SecuriteProperties proprietes, String emetteur) {
        String redirection = proprietes.emetteurLocal().redirectionClientWeb();
        if (redirection == null || redirection.isBlank()) {
            redirection = emetteur + "/login/oauth2/code/sne";
        }
        String origine = redirection.substring(0, redirection.indexOf("/login/oauth2/code/"));
        return RegisteredClient.withId(CLIENT_WEB)
                .clientId(CLIENT_WEB)
                .clientName("SNE — application des agents")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirection)
                .postLogoutRedirectUri(origine + "/pro/au-revoir")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(proprietes.emetteurLocal().dureeJeton())
                        .build())
                .build();
    }

    /**
     * The applicants' portal: a public client (PKCE) asking for FranceConnect's identity claims, sent back to the
     * portal at the origin the agents' application is sent back to (or the issuer's).
     */
    static RegisteredClient clientPortail(SecuriteProperties proprietes, String emetteur) {
        String redirection = proprietes.emetteurLocal().redirectionClientWeb();
        String origine = redirection == null || redirection.isBlank() ? emetteur
                : redirection.substring(0, redirection.indexOf("/login/oauth2/code/"));
        return RegisteredClient.withId(CLIENT_PORTAIL)
                .clientId(CLIENT_PORTAIL)
                .clientName("SNE — portail du demandeur")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(origine + RETOUR_PORTAIL)
                .postLogoutRedirectUri(origine + "/portail")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(proprietes.emetteurLocal().dureeJeton())
                        .build())
                .build();
    }

    @Bean
    OAuth2AuthorizationService oauth2AuthorizationService() {
        return new AutorisationsEnMemoire();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> revendicationsJetons(SecuriteProperties proprietes) {
        return new RevendicationsJetons(proprietes);
    }

    @Bean
    UserDetailsService comptesAgents(JdbcClient jdbc) {
        return new ComptesAgents(jdbc);
    }

    /**
     * The identity provider's endpoints ({@code /oauth2/*}, {@code /.well-known/*}, {@code /userinfo},
     * {@code /connect/logout}) and its login page; a browser not signed in is sent to {@code /login}.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain filtresFournisseurIdentite(HttpSecurity http, ClientsApi clientsApi,
            PasswordEncoder encodeur, AdresseEmetteur emetteur, FreinageConnexion freinage) {
        http.oauth2AuthorizationServer(serveur -> {
            http.securityMatcher(new OrRequestMatcher(serveur.getEndpointsMatcher(),
                    PathPatternRequestMatcher.withDefaults().matcher("/login"),
                    PathPatternRequestMatcher.withDefaults().matcher("/logout")));
            serveur
                    .clientAuthentication(clients -> clients
                            .authenticationConverters(convertisseurs ->
                                    convertisseurs.addFirst(new MethodeAuthentificationClient()))
                            .authenticationProviders(fournisseurs -> {
                                fournisseurs.removeIf(ClientSecretAuthenticationProvider.class::isInstance);
                                fournisseurs.addFirst(new AuthentificationSecretClient(clientsApi, encodeur, freinage));
                            })
                            .errorResponseHandler(new ErreurAuthentificationClient()))
                    .tokenEndpoint(jetons -> jetons
                            .accessTokenRequestConverter(new ScopesParDefaut())
                            .accessTokenResponseHandler(new ReponseJeton())
                            .authenticationProviders(fournisseurs -> fournisseurs.forEach(fournisseur -> {
                                if (fournisseur instanceof OAuth2ClientCredentialsAuthenticationProvider octroi) {
                                    octroi.setAuthenticationValidator(validationClientCredentials());
                                }
                            })))
                    // an agent signs in only to the agents' application, a demo applicant only to the portal
                    .authorizationEndpoint(autorisation -> autorisation.authenticationProviders(fournisseurs ->
                            fournisseurs.forEach(fournisseur -> {
                                if (fournisseur instanceof OAuth2AuthorizationCodeRequestAuthenticationProvider code) {
                                    code.setAuthenticationValidator(
                                            new OAuth2AuthorizationCodeRequestAuthenticationValidator()
                                                    .andThen(new ClientsParNature()));
                                }
                            })))
                    .oidc(Customizer.withDefaults());
        });
        // the login page whatever its query (?error, ?freinee=…, ?logout)
        http.authorizeHttpRequests(requetes -> requetes
                        .requestMatchers(HttpMethod.GET, "/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(formulaire -> formulaire.loginPage("/login").permitAll()
                        .failureHandler(new FreinageFormulaire.Echec(freinage)))
                // failed sign-ins are slowed (FreinageConnexion); only the address to come back to is remembered
                .addFilterBefore(new FreinageFormulaire(freinage), UsernamePasswordAuthenticationFilter.class)
                .requestCache(cache -> cache.requestCache(new AdresseDeRetour()))
                // the login page: the same strict policy as the web application's pages
                .headers(entetes -> entetes.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                                + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .exceptionHandling(erreurs -> erreurs.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), pagesHtml()))
                // the OpenID Connect user info endpoint takes the access token of the signed-in agent
                .oauth2ResourceServer(serveur -> serveur.jwt(Customizer.withDefaults()))
                // one issuer whatever the Host header; a browser under another host name goes to the issuer's
                .addFilterBefore(new EmetteurFixe(emetteur), LogoutFilter.class)
                .addFilterBefore(new RedirectionAdresseCanonique(emetteur::valeur, PAGES_NAVIGATEUR::matches),
                        SecurityContextHolderFilter.class);
        return http.build();
    }

    /** The standard checks of a client credentials request, then: the client's guichet must still be active. */
    private static Consumer<OAuth2ClientCredentialsAuthenticationContext> validationClientCredentials() {
        return new OAuth2ClientCredentialsAuthenticationValidator().andThen(contexte -> {
            RegisteredClient client = contexte.getRegisteredClient();
            Boolean guichetActif = client.getClientSettings().getSetting(ClientsApi.GUICHET_ACTIF);
            if (Boolean.FALSE.equals(guichetActif)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT,
                        "Le guichet " + client.getClientSettings().getSetting(ClientsApi.GUICHET)
                                + " de ce client n'est plus actif.", null));
            }
        });
    }

    private static MediaTypeRequestMatcher pagesHtml() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return html;
    }

    /** The signing key pair, wrapped so that it is not mistaken for another RSAKey bean. */
    record CleSignature(RSAKey rsa) {
    }
}
