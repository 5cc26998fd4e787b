package fr.sne.api;

import java.time.Clock;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import fr.sne.guichet.Guichets;
import fr.sne.guichet.Habilitation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's filter chain, a stateless OAuth2 resource server: every {@code /v1.0/**} call carries a bearer JWT of an active guichet (and,
 * when the client is one of {@code client_api}, of a client not revoked) whose client holds, in SNE's record, the
 * habilitation the operation needs ({@link HabilitationsRequises}, ADR 0017); the actuator but its health needs the
 * operators' scope {@code exploitation}. The
 * JWT decoder comes either from the embedded issuer ({@code sne.securite.emetteur-local.actif=true}) or from
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} settings (production); on top of that decoder
 * the API requires of every token an expiry, the expected issuer and its own audience {@code sne.securite.audience},
 * and says why it refuses one, in French with a code ({@link VerificationJeton}); this chain verifies a
 * token once and then trusts its cached result until the token expires ({@link DecodeurJetonEnCache}), while the
 * state of the guichet and of its API client is read on every request (a revocation takes effect at once).
 * <p>
 * <b>Ordering convention of the filter chains</b> (each chain has its own {@code securityMatcher}):
 * <ol>
 * <li>{@code Ordered.HIGHEST_PRECEDENCE}: the embedded identity provider ({@code fr.sne.identite}), on its
 * endpoints, {@code /login} and {@code /logout};</li>
 * <li>{@link #ORDRE_API}: this chain, on {@link #CHEMINS_API};</li>
 * <li>between {@link #ORDRE_API} and {@link #ORDRE_PAR_DEFAUT}: the session-based chains of the web front ends,
 * each on its own paths (e.g. {@code /pro/**}, {@code /portail/**}), with their own error pages;</li>
 * <li>{@link #ORDRE_PAR_DEFAUT}: {@link #filtresParDefaut}, which refuses whatever no chain claimed.</li>
 * </ol>
 * Spring Security's observations are off ({@link #observationsSecurite}): they cost ≈ 5–10 % of a request's CPU
 * for spans nobody reads; the HTTP server metrics ({@code http.server.requests}) are kept.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuriteProperties.class)
class SecuriteConfiguration {

    /** Order of the API's chain. */
    static final int ORDRE_API = Ordered.LOWEST_PRECEDENCE - 100;

    /** Order of the last chain, which refuses what no other chain claimed. */
    static final int ORDRE_PAR_DEFAUT = Ordered.LOWEST_PRECEDENCE;

    /** The paths of the API's chain: the guichet API, the actuator, the API description, RFC 9728 metadata. */
    static final String[] CHEMINS_API = {"/v1.0/**", "/actuator", "/actuator/**", "/v3/api-docs",
        "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/.well-known/oauth-protected-resource",
        "/.well-known/oauth-protected-resource/**", "/error"};

    @Bean
    SecurityObservationSettings observationsSecurite() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ConvertisseurJetonGuichet convertisseurJetonGuichet(SecuriteProperties proprietes, Guichets guichets) {
        return new ConvertisseurJetonGuichet(
                new LectureJeton(proprietes.claimGuichet(), proprietes.claimTerritoire()), guichets::enregistre,
                guichets::client);
    }

    /** The guichet API {@code /v1.0/**}, the actuator, the API description: {@link #CHEMINS_API}. */
    @Bean
    @Order(ORDRE_API)
    SecurityFilterChain filtresSecurite(HttpSecurity http, ConvertisseurJetonGuichet convertisseur,
            JwtDecoder decodeur, JsonMapper json, Environment environnement, SecuriteProperties proprietes)
            throws Exception {
        ReponsesProbleme reponses = new ReponsesProbleme(json);
        String emetteurExterne = environnement.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        // the issuer every token must name: the embedded one's fixed address, else the external issuer's when set
        Supplier<@Nullable String> emetteurAttendu = proprietes.emetteurLocal().actif()
                ? () -> proprietes.emetteurLocal().adresse(environnement)
                : () -> emetteurExterne == null || emetteurExterne.isBlank() ? null : emetteurExterne;
        JwtDecoder verification = new VerificationJeton(decodeur, emetteurAttendu, proprietes.audience(),
                Clock.systemUTC());
        sansEtat(http)
                .securityMatcher(CHEMINS_API)
                .authorizeHttpRequests(requetes -> requetes
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // metrics and Prometheus: the operators' clients only
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasAuthority(ConvertisseurJetonGuichet.AUTORITE_EXPLOITATION)
                        .requestMatchers("/error").permitAll()
                        // the nightly pass on demand: gestionnaires territoriaux and the national administrator
                        .requestMatchers("/v1.0/admin/**")
                        .hasAuthority(ConvertisseurJetonGuichet.AUTORITE_ADMINISTRATION)
                        // an active guichet's client holding the habilitation the operation needs (ADR 0017)
                        .requestMatchers("/v1.0/**").access(new HabilitationsRequises())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(serveur -> serveur
                        .jwt(jwt -> jwt.decoder(new DecodeurJetonEnCache(verification, Clock.systemUTC(),
                                DecodeurJetonEnCache.CAPACITE_PAR_DEFAUT))
                                .jwtAuthenticationConverter(convertisseur))
                        // RFC 9728 document at /.well-known/oauth-protected-resource
                        .protectedResourceMetadata(metadonnees -> metadonnees
                                .protectedResourceMetadataCustomizer(description -> {
                                    description.resourceName("SNE — API des guichets")
                                            .scope(Habilitation.DEMANDES.code())
                                            .scope(Habilitation.EXPORTS.code())
                                            .tlsClientCertificateBoundAccessTokens(false);
                                    if (emetteurExterne != null && !emetteurExterne.isBlank()) {
                                        description.authorizationServer(emetteurExterne);
                                    }
                                }))
                        .authenticationEntryPoint(reponses)
                        .accessDeniedHandler(reponses))
                .exceptionHandling(erreurs -> erreurs
                        .authenticationEntryPoint(reponses)
                        .accessDeniedHandler(reponses));
        return http.build();
    }

    /**
     * The last chain: a path no other chain claims (see the ordering convention above) is refused, as a problem
     * document (401 without credentials); nothing is served unprotected by omission.
     */
    @Bean
    @Order(ORDRE_PAR_DEFAUT)
    SecurityFilterChain filtresParDefaut(HttpSecurity http, JsonMapper json) throws Exception {
        ReponsesProbleme reponses = new ReponsesProbleme(json);
        sansEtat(http)
                .authorizeHttpRequests(requetes -> requetes
                        // without the embedded identity provider (external issuer), its endpoints do not exist
                        // here: 404, not a refusal
                        .requestMatchers(HttpMethod.POST, "/oauth2/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/oauth2/jwks").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(erreurs -> erreurs
                        .authenticationEntryPoint(reponses)
                        .accessDeniedHandler(reponses));
        return http.build();
    }

    /** A stateless chain: no session, no CSRF token (no cookie), no form, no Basic, no logout. */
    private static HttpSecurity sansEtat(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }
}
