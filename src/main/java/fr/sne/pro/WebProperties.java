package fr.sne.pro;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the professional web application ({@code sne.web.*}).
 *
 * @param oidc             the OpenID Connect provider the agents sign in with
 * @param avertissementSession how long before the session's end the page warns the agent
 */
@ConfigurationProperties("sne.web")
public record WebProperties(Oidc oidc, @DefaultValue("2m") Duration avertissementSession) {

    /** How an agent's account is found from the provider's ID token. */
    public enum Correspondance {
        /** the {@code sub} claim is the account's login ({@code compte_agent.identifiant}): the embedded provider */
        IDENTIFIANT,
        /** the {@code email} claim is the account's e-mail address: ProConnect */
        COURRIEL
    }

    /**
     * @param emetteur        the provider's issuer; empty: the embedded provider of the default run
     * @param clientId        the client id SNE has at the provider
     * @param clientSecret    its secret (none for the embedded provider's public client, which uses PKCE)
     * @param scopes          scopes asked for
     * @param correspondance  how the account is found
     */
    public record Oidc(@Nullable String emetteur, @DefaultValue("sne-web") String clientId,
            @Nullable String clientSecret, @DefaultValue({"openid", "profile"}) List<String> scopes,
            @DefaultValue("IDENTIFIANT") Correspondance correspondance) {
    }
}
