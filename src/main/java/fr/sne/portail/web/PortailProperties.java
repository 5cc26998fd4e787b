package fr.sne.portail.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the applicants sign in to the portal ({@code sne.portail.oidc.*}), as {@code sne.web.oidc.*} for the agents.
 *
 * @param oidc the OpenID Connect provider: FranceConnect in production, the embedded provider by default
 */
@ConfigurationProperties("sne.portail")
public record PortailProperties(Oidc oidc) {

    /**
     * @param emetteur     FranceConnect's issuer (read from its discovery document at the first sign-in); empty:
     *                     the embedded provider of the default run (public client {@code sne-portail}, PKCE)
     * @param clientId     the client id SNE has at the provider
     * @param clientSecret its secret (none for the embedded provider's public client)
     * @param scopes       scopes asked for: FranceConnect's identity claims (the pivot identity's, one scope each)
     * @param acrValues    the level of assurance asked of an external provider ({@code acr_values}, FranceConnect:
     *                     {@code eidas1}); the id token's {@code acr} must be one of them. Empty: none asked
     * @param algorithme   the signature algorithm of an external provider's id token and user info ({@code ES256},
     *                     FranceConnect's recommended one, or {@code RS256}: the one chosen when SNE registered)
     * @param informationsSignees whether an external provider's user info must be a signed JWT (FranceConnect v2);
     *                     {@code false} accepts plain JSON from another OpenID Connect provider. The embedded
     *                     provider answers JSON in the same process
     */
    public record Oidc(@Nullable String emetteur, @DefaultValue("sne-portail") String clientId,
            @Nullable String clientSecret, @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            @DefaultValue({}) List<String> acrValues, @DefaultValue("ES256") String algorithme,
            @DefaultValue("true") boolean informationsSignees) {
    }
}
