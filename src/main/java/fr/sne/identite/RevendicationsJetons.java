package fr.sne.identite;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import fr.sne.identite.ComptesAgents.CompteAgent;
import fr.sne.identite.ComptesAgents.CompteDemandeurDemo;
import fr.sne.api.SecuriteProperties;

/**
 * The SNE claims of the tokens the embedded identity provider signs.
 * <ul>
 * <li>access token of an API client (client credentials): {@code client_id}, the audience of the API
 * ({@code sne.securite.audience}), the guichet and territory claims (names from {@code sne.securite.claim-guichet}
 * / {@code claim-territoire}; an administration client's territory, none for a national one) the resource server
 * reads, and {@code scope} as one space-separated string (RFC 9068 §2.2.3);</li>
 * <li>ID token of a signed-in agent: {@code name}, {@code role} (AGENT, GESTIONNAIRE_TERRITORIAL,
 * ADMINISTRATEUR_NATIONAL), {@code guichet} and {@code territoire} when the account has them;</li>
 * <li>ID token of a demo applicant of the portal: FranceConnect's identity claims {@code given_name},
 * {@code family_name}, {@code birthdate} (ISO date), {@code email} when he has one.</li>
 * </ul>
 */
final class RevendicationsJetons implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final SecuriteProperties proprietes;

    RevendicationsJetons(SecuriteProperties proprietes) {
        this.proprietes = proprietes;
    }

    @Override
    public void customize(JwtEncodingContext contexte) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(contexte.getTokenType())
                && AuthorizationGrantType.CLIENT_CREDENTIALS.equals(contexte.getAuthorizationGrantType())) {
            RegisteredClient client = contexte.getRegisteredClient();
            contexte.getClaims().claim("client_id", client.getClientId());
            // for the registry's API, not for the client itself (RFC 9068 §3): the API checks it
            contexte.getClaims().audience(List.of(proprietes.audience()));
            String guichet = client.getClientSettings().getSetting(ClientsApi.GUICHET);
            String territoire = client.getClientSettings().getSetting(ClientsApi.TERRITOIRE);
            if (guichet != null) {
                contexte.getClaims().claim(proprietes.claimGuichet(), guichet);
            }
            if (territoire != null) {
                contexte.getClaims().claim(proprietes.claimTerritoire(), territoire);
            }
            contexte.getClaims().claims(revendications -> {
                if (revendications.get("scope") instanceof Set<?> scopes) {
                    revendications.put("scope", String.join(" ", scopes.stream().map(String::valueOf).toList()));
                }
            });
        }
        if (OidcParameterNames.ID_TOKEN.equals(contexte.getTokenType().getValue())) {
            Authentication principal = contexte.getPrincipal();
            if (principal != null && principal.getPrincipal() instanceof CompteAgent compte) {
                contexte.getClaims().claim("name", compte.nom());
                contexte.getClaims().claim("role", compte.role());
                if (compte.guichet() != null) {
                    contexte.getClaims().claim("guichet", compte.guichet());
                }
                if (compte.territoire() != null) {
                    contexte.getClaims().claim("territoire", compte.territoire());
                }
            }
            if (principal != null && principal.getPrincipal() instanceof CompteDemandeurDemo demandeur) {
                contexte.getClaims().claim("given_name", demandeur.prenoms());
                contexte.getClaims().claim("family_name", demandeur.nom());
                contexte.getClaims().claim("birthdate", demandeur.dateNaissance().toString());
                if (demandeur.courriel() != null) {
                    contexte.getClaims().claim("email", demandeur.courriel());
                }
            }
        }
    }
}
