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

    /** Whether the agents sign in at the embedded provider (no {@code sne.web.oidc.emetteur}). */
    static boolean fournisseurIntegre(WebProperties.Oidc reglages) {
        return reglages.emetteur() == null || reglages.emetteur().isBlank();
    }

    /**
     * The application's canonical address with the embedded provider: the origin of the address the provider
     * sends the agents back to ({@code sne.securite.emetteur-local.redirection-client-web}), by default the
     * provider's own address.
     */
    static String adresseApplication(Environment environnement) {
        String redirection = environnement.getProperty("sne.securite.emetteur-local.redirection-client-web");
        if (redirection != null && !redirection.isBlank()) {
            java.net.URI uri = java.net.URI.create(redirection.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
        return emetteurLocal(environnement);
    }

    private ClientRegistration construire() {
        String externe = reglages.emetteur();
        ClientRegistration.Builder constructeur;
        if (!fournisseurIntegre(reglages)) {
            constructeur = ClientRegistrations.fromIssuerLocation(externe).registrationId(ID);
        } else {
            String emetteur = emetteurLocal(environnement);
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

    private static String emetteurLocal(Environment environnement) {
        String configure = environnement.getProperty("sne.securite.emetteur-local.emetteur");
        if (configure != null && !configure.isBlank()) {
            return configure.strip();
        }
        return "http://localhost:"
                + environnement.getProperty("local.server.port", environnement.getProperty("server.port", "8080"));
    }
}
