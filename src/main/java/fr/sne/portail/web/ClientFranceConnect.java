package fr.sne.portail.web;

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
 * The portal's one OpenID Connect provider, as the registration {@value #ID}, built at the first sign-in: FranceConnect
 * in production ({@code sne.portail.oidc.emetteur}, read from its discovery document, so that the application starts
 * when it is unreachable), otherwise the embedded provider (public client with PKCE). Not a bean: the agents'
 * application has its own repository, and each chain is given its own.
 */
final class ClientFranceConnect implements ClientRegistrationRepository {

    static final String ID = "franceconnect";

    /** Where the sign-in starts ({@code <base>/franceconnect}). */
    static final String BASE_AUTORISATION = "/portail/connexion";

    /** Where the provider sends the applicant back. */
    static final String RETOUR = "/portail/connexion/retour/";

    private final PortailProperties.Oidc reglages;
    private final Environment environnement;
    private final AtomicReference<@Nullable ClientRegistration> enregistrement = new AtomicReference<>();

    ClientFranceConnect(PortailProperties.Oidc reglages, Environment environnement) {
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

    /** Whether the applicants sign in at the embedded provider (no {@code sne.portail.oidc.emetteur}). */
    static boolean fournisseurIntegre(PortailProperties.Oidc reglages) {
        return reglages.emetteur() == null || reglages.emetteur().isBlank();
    }

    /** The application's canonical address with the embedded provider (as for the agents' application). */
    static String adresseApplication(Environment environnement) {
        String redirection = environnement.getProperty("sne.securite.emetteur-local.redirection-client-web");
        if (redirection != null && !redirection.isBlank()) {
            java.net.URI uri = java.net.URI.create(redirection.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
        return emetteurLocal(environnement);
    }

    private ClientRegistration construire() {
        ClientRegistration.Builder constructeur;
        if (!fournisseurIntegre(reglages)) {
            constructeur = ClientRegistrations.fromIssuerLocation(reglages.emetteur()).registrationId(ID);
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
                .redirectUri("{baseUrl}" + RETOUR + "{registrationId}")
                .scope(reglages.scopes())
                .clientName("SNE — portail du demandeur")
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
