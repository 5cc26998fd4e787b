package fr.sne.pro;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The one OpenID Connect provider of the professional application, as the registration {@value #ID}, built
 * when first needed rather than at start:
 * <ul>
 * <li>the embedded provider of the default run (no {@code sne.web.oidc.emetteur}): its endpoints are known, its
 * issuer is {@code http://localhost:<port>} (the port is known only once the server listens) unless
 * {@code sne.securite.emetteur-local.emetteur} names it; a public client with PKCE;</li>
 * <li>an external provider (ProConnect in production): read from its discovery document at the first sign-in,
 * so that the application starts even when the provider is unreachable, and tries again at the next sign-in
 * if it was.</li>
 * </ul>
 */
final class ClientOidc implements ClientRegistrationRepository {

    static final String ID = "sne";

    private final WebProperties.Oidc reglages;
    private final Environment environnement;
    private final AtomicReference<@Nullable ClientRegistration> enregistrement = new AtomicReference<>();

    ClientOidc(WebProperties.Oidc reglages, Environment environnement) {
        this.reglages = reglages;
        this.environnement = environnement;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration connu = enregistrement.get();
        if (connu == null) {
            connu = construire();
            enregistrement.compareAndSet(null, connu);
        }
        return connu;
    }

    private ClientRegistration construire() {
        String externe = reglages.emetteur();
        ClientRegistration.Builder constructeur;
        if (externe != null && !externe.isBlank()) {
            constructeur = ClientRegistrations.fromIssuerLocation(externe).registrationId(ID);
        } else {
            String emetteur = emetteurLocal();
            constructeur = ClientRegistration.withRegistrationId(ID)
                    .issuerUri(emetteur)
                    .authorizationUri(emetteur + "/oauth2/authorize")
                    .tokenUri(emetteur + "/oauth2/token")
                    .jwkSetUri(emetteur + "/oauth2/jwks")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", emetteur + "/connect/logout"));
        }
        String secret = reglages.clientSecret();
        return constructeur
                .clientId(reglages.clientId())
                .clientSecret(secret == null ? "" : secret)
                .clientAuthenticationMethod(secret == null || secret.isBlank() ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(reglages.scopes())
                .clientName("SNE")
                .build();
    }

    private String emetteurLocal() {
        String configure = environnement.getProperty("sne.securite.emetteur-local.emetteur");
        if (configure != null && !configure.isBlank()) {
            return configure;
        }
        return "http://localhost:"
                + environnement.getProperty("local.server.port", environnement.getProperty("server.port", "8080"));
    }
}
