package fr.sne.guichet.securite;

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
import org.springframework.security.web.SecurityFilterChain;

import fr.sne.guichet.internal.JdbcGuichets;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless OAuth2 resource server: every {@code /v1.0/**} call carries a bearer JWT of an active guichet (and,
 * when the client is one of {@code client_api}, of a client not revoked); the actuator but its health needs the
 * operators' scope {@code exploitation}. The
 * JWT decoder comes either from the embedded issuer ({@code sne.securite.emetteur-local.actif=true}) or from
 * Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} settings (production).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuriteProperties.class)
class SecuriteConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    ConvertisseurJetonGuichet convertisseurJetonGuichet(SecuriteProperties proprietes, JdbcGuichets guichets) {
        return new ConvertisseurJetonGuichet(
                new LectureJeton(proprietes.claimGuichet(), proprietes.claimTerritoire()), guichets::enregistre,
                guichets::clientActif);
    }

    /**
     * Everything the embedded identity provider's chain ({@code fr.sne.guichet.emetteur}, ordered first) does not
     * match: the guichet API {@code /v1.0/**}, the actuator, the API description.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    SecurityFilterChain filtresSecurite(HttpSecurity http, ConvertisseurJetonGuichet convertisseur,
            JsonMapper json, Environment environnement) throws Exception {
        ReponsesProbleme reponses = new ReponsesProbleme(json);
        String emetteurExterne = environnement.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri");
        http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requetes -> requetes
                        .requestMatchers(HttpMethod.POST, "/oauth2/token").permitAll()
                        .requestMatchers(HttpMethod.GET, "/oauth2/jwks").permitAll()
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
                        .requestMatchers("/v1.0/**").hasAuthority(AuthentificationGuichet.GUICHET_ACTIF)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(serveur -> serveur
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(convertisseur))
                        // RFC 9728 document at /.well-known/oauth-protected-resource
                        .protectedResourceMetadata(metadonnees -> metadonnees
                                .protectedResourceMetadataCustomizer(description -> {
                                    description.resourceName("SNE — API des guichets")
                                            .scope("demandes")
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
}
