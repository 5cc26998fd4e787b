package fr.sne.commun.web;

import java.net.URI;
import java.util.List;
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
 * A front end's one OpenID Connect registration, built when first asked for rather than at start:
 * <ul>
 * <li>at an external provider (ProConnect, FranceConnect: {@code emetteur} given), read from its discovery document at
 * the first sign-in, so that the application starts even when the provider is unreachable, and tries again at the
 * next sign-in if it was;</li>
 * <li>otherwise at the embedded provider of the default run, whose endpoints are known and whose issuer is
 * {@code http://localhost:<port>} (the port is known only once the server listens) unless
 * {@code sne.securite.emetteur-local.emetteur} names it.</li>
 * </ul>
 * A client without a secret is public (PKCE); with one, it authenticates with HTTP Basic.
 */
public final class EnregistrementOidc implements ClientRegistrationRepository {

    /**
     * @param id          the registration's id
     * @param emetteur    the external provider's issuer; empty or {@code null}: the embedded provider
     * @param clientId    the client id at the provider
     * @param secret      its secret; empty or {@code null}: a public client
     * @param scopes      the scopes asked for
     * @param retour      where the provider sends the browser back ({@code {baseUrl}/…/{registrationId}})
     * @param nom         the client's name
     */
    public record Reglages(String id, @Nullable String emetteur, String clientId, @Nullable String secret,
            List<String> scopes, String retour, String nom) {

        /** Whether the browsers sign in at the embedded provider (no external issuer). */
        public boolean fournisseurIntegre() {
            return emetteur == null || emetteur.isBlank();
        }
    }

    private final Reglages reglages;
    private final Environment environnement;
    private final AtomicReference<@Nullable ClientRegistration> enregistrement = new AtomicReference<>();

    public EnregistrementOidc(Reglages reglages, Environment environnement) {
        this.reglages = reglages;
        this.environnement = environnement;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!reglages.id().equals(registrationId)) {
            return null;
        }
        ClientRegistration connu = enregistrement.get();
        if (connu == null) {
            connu = construire();
            enregistrement.compareAndSet(null, connu);
        }
        return connu;
    }

    /**
     * The application's canonical address with the embedded provider: the origin of the address the provider sends
     * the agents back to ({@code sne.securite.emetteur-local.redirection-client-web}), by default the provider's own.
     */
    public static String adresseApplication(Environment environnement) {
        String redirection = environnement.getProperty("sne.securite.emetteur-local.redirection-client-web");
        if (redirection != null && !redirection.isBlank()) {
            URI uri = URI.create(redirection.strip());
            return uri.getScheme() + "://" + uri.getRawAuthority();
        }
        return emetteurLocal(environnement);
    }

    private ClientRegistration construire() {
        ClientRegistration.Builder constructeur;
        if (!reglages.fournisseurIntegre()) {
            constructeur = ClientRegistrations.fromIssuerLocation(reglages.emetteur()).registrationId(reglages.id());
        } else {
            String emetteur = emetteurLocal(environnement);
            constructeur = ClientRegistration.withRegistrationId(reglages.id())
                    .issuerUri(emetteur)
                    .authorizationUri(emetteur + "/oauth2/authorize")
                    .tokenUri(emetteur + "/oauth2/token")
                    .jwkSetUri(emetteur + "/oauth2/jwks")
                    .userNameAttributeName(IdTokenClaimNames.SUB)
                    .providerConfigurationMetadata(Map.of("end_session_endpoint", emetteur + "/connect/logout"));
        }
        String secret = reglages.secret();
        boolean publique = secret == null || secret.isBlank();
        return constructeur
                .clientId(reglages.clientId())
                .clientSecret(publique ? "" : secret)
                .clientAuthenticationMethod(publique ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(reglages.retour())
                .scope(reglages.scopes())
                .clientName(reglages.nom())
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
