package fr.sne.api;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Security settings ({@code sne.securite.*}).
 *
 * @param claimGuichet    name of the JWT claim carrying the guichet code
 * @param claimTerritoire name of the JWT claim carrying the territory code (optional in tokens)
 * @param urlJeton        token endpoint advertised in the OpenAPI description
 * @param audience        the audience ({@code aud}) every token of the API must name: the embedded issuer puts it in
 *                        the tokens it issues; in production, the one the external issuer gives the API
 *                        ({@code SNE_OAUTH2_AUDIENCE}); the application refuses to start without it
 * @param emetteurLocal   the embedded token issuer (local run and tests)
 */
@ConfigurationProperties("sne.securite")
public record SecuriteProperties(
        @DefaultValue("guichet") String claimGuichet,
        @DefaultValue("territoire") String claimTerritoire,
        @DefaultValue("/oauth2/token") String urlJeton,
        @DefaultValue("sne-api") String audience,
        @DefaultValue EmetteurLocal emetteurLocal) {

    public SecuriteProperties {
        if (audience == null || audience.isBlank()) {
            throw new IllegalStateException("sne.securite.audience (SNE_OAUTH2_AUDIENCE) n'est pas renseigné : "
                    + "l'API n'accepte que les jetons destinés à elle (revendication aud), donnez l'audience que "
                    + "l'émetteur des jetons lui attribue");
        }
        audience = audience.strip();
    }

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

        /**
         * The issuer's URL, the one address every discovery document, redirect and token names whatever
         * {@code Host} a request carries: {@link #emetteur} when set, else {@code http://localhost:<port the server
         * listens on>} (a random port in the tests, known once the server has started: read when needed).
         */
        public String adresse(Environment environnement) {
            if (emetteur != null && !emetteur.isBlank()) {
                return emetteur.strip();
            }
            return "http://localhost:"
                    + environnement.getProperty("local.server.port", environnement.getProperty("server.port", "8080"));
        }
    }
}
