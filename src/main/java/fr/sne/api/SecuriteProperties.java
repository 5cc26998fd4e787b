package fr.sne.api;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code sne.securite.*}).
 *
 * @param claimGuichet    name of the JWT claim carrying the guichet code
 * @param claimTerritoire name of the JWT claim carrying the territory code (optional in tokens)
 * @param urlJeton        token endpoint advertised in the OpenAPI description
 * @param emetteurLocal   the embedded token issuer (local run and tests)
 */
@ConfigurationProperties("sne.securite")
public record SecuriteProperties(
        @DefaultValue("guichet") String claimGuichet,
        @DefaultValue("territoire") String claimTerritoire,
        @DefaultValue("/oauth2/token") String urlJeton,
        @DefaultValue EmetteurLocal emetteurLocal) {

    /**
     * @param actif                the application embeds its identity provider (Spring Authorization Server:
     *                             {@code /oauth2/token}, OpenID Connect sign-in, discovery); false in production
     * @param emetteur             issuer identifier ({@code iss}), a URL; empty = {@code http://localhost:<port>}
     * @param dureeJeton           access token lifetime
     * @param repertoireCles       folder holding the RSA signing key (created on first start); empty = in memory only
     * @param redirectionClientWeb redirect URI of the agents' web application (OpenID Connect client {@code sne-web});
     *                             empty = {@code <issuer>/login/oauth2/code/sne}
     */
    public record EmetteurLocal(
            @DefaultValue("true") boolean actif,
            @Nullable String emetteur,
            @DefaultValue("1h") Duration dureeJeton,
            @Nullable String repertoireCles,
            @Nullable String redirectionClientWeb) {
    }
}
