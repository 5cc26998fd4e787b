package fr.sne.portail.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2UserAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The applicant's identity as the provider's user info endpoint gives it. FranceConnect (v2) answers a JWT
 * ({@code application/jwt}) signed with one of the keys it publishes at its {@code jwks_uri}, with the algorithm chosen
 * at SNE's registration ({@code sne.portail.oidc.algorithme}): it is read only if that signature holds, its {@code iss}
 * is the provider's issuer and its {@code aud} names SNE's client. An answer that is not a JWT, an unsigned one
 * ({@code alg: none}), one signed with another key or algorithm, for another audience or expired is refused with
 * {@value #NON_SIGNEES} or {@value #INVALIDES}: nobody is signed in.
 * <p>
 * The embedded provider (same process, default run and tests) answers plain JSON, read as Spring Security does; so does
 * an external provider when {@code sne.portail.oidc.informations-signees} is {@code false}.
 */
final class InformationsSignees implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

    /** The provider answered something else than a signed JWT. */
    static final String NON_SIGNEES = "informations_non_signees";

    /** The JWT's signature, issuer, audience or dates do not hold. */
    static final String INVALIDES = "informations_invalides";

    /** The JWT's own claims, not the person's: not kept among the person's attributes. */
    private static final Set<String> ENVELOPPE = Set.of(JwtClaimNames.ISS, JwtClaimNames.AUD, JwtClaimNames.EXP,
            JwtClaimNames.IAT, JwtClaimNames.NBF, JwtClaimNames.JTI);

    private final PortailProperties.Oidc reglages;
    private final DefaultOAuth2UserService json = new DefaultOAuth2UserService();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, JwtDecoder> decodeurs = new ConcurrentHashMap<>();

    InformationsSignees(PortailProperties.Oidc reglages) {
        this.reglages = reglages;
    }

    @Override
    public OAuth2User loadUser(OAuth2UserRequest requete) {
        if (ClientFranceConnect.fournisseurIntegre(reglages)) {
            return json.loadUser(requete);
        }
        ClientRegistration enregistrement = requete.getClientRegistration();
        HttpResponse<String> reponse = appeler(enregistrement, requete.getAccessToken().getTokenValue());
        String type = reponse.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/jwt")) {
            if (!reglages.informationsSignees() && type.startsWith("application/json")) {
                return json.loadUser(requete);
            }
            throw refus(NON_SIGNEES, "Le fournisseur d'identité n'a pas signé les informations de la personne.");
        }
        Jwt jeton;
        try {
            jeton = decodeur(enregistrement).decode(reponse.body().strip());
        } catch (JwtException e) {
            throw refus(INVALIDES, "Les informations de la personne ne sont pas signées par le fournisseur d'identité "
                    + "attendu : " + e.getMessage());
        }
        Map<String, Object> personne = new HashMap<>(jeton.getClaims());
        personne.keySet().removeAll(ENVELOPPE);
        if (!(personne.get(JwtClaimNames.SUB) instanceof String)) {
            throw refus(INVALIDES, "Les informations de la personne n'ont pas d'identifiant (sub).");
        }
        return new DefaultOAuth2User(List.of(new OAuth2UserAuthority(personne)), personne, JwtClaimNames.SUB);
    }

    private HttpResponse<String> appeler(ClientRegistration enregistrement, String jetonAcces) {
        String adresse = enregistrement.getProviderDetails().getUserInfoEndpoint().getUri();
        if (adresse == null || adresse.isBlank()) {
            throw refus(NON_SIGNEES, "Le fournisseur d'identité ne publie pas de point d'accès userinfo.");
        }
        try {
            HttpResponse<String> reponse = http.send(HttpRequest.newBuilder(URI.create(adresse))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + jetonAcces)
                    .header("Accept", "application/jwt, application/json;q=0.5")
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (reponse.statusCode() != 200) {
                throw refus("invalid_user_info_response",
                        "Le fournisseur d'identité a répondu " + reponse.statusCode() + " à la demande d'informations.");
            }
            return reponse;
        } catch (IOException e) {
            throw refus("invalid_user_info_response", "Le fournisseur d'identité ne répond pas : " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refus("invalid_user_info_response", "Interrompu.");
        }
    }

    /** One decoder per provider's key set, which keeps the keys and fetches them again for an unknown key id. */
    private JwtDecoder decodeur(ClientRegistration enregistrement) {
        String cles = enregistrement.getProviderDetails().getJwkSetUri();
        if (cles == null || cles.isBlank()) {
            throw refus(INVALIDES, "Le fournisseur d'identité ne publie pas ses clés (jwks_uri).");
        }
        return decodeurs.computeIfAbsent(enregistrement.getRegistrationId() + " " + cles, cle -> {
            NimbusJwtDecoder decodeur = NimbusJwtDecoder.withJwkSetUri(cles)
                    .jwsAlgorithm(algorithme(reglages)).build();
            String emetteur = enregistrement.getProviderDetails().getIssuerUri();
            String client = enregistrement.getClientId();
            OAuth2TokenValidator<Jwt> validation = new DelegatingOAuth2TokenValidator<>(
                    new JwtTimestampValidator(),
                    new JwtIssuerValidator(emetteur == null ? "" : emetteur),
                    new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                            audience -> audience != null && audience.contains(client)));
            decodeur.setJwtValidator(validation);
            return decodeur;
        });
    }

    /** The one algorithm an external provider signs with (the id token's and the user info's). */
    static SignatureAlgorithm algorithme(PortailProperties.Oidc reglages) {
        SignatureAlgorithm algorithme = SignatureAlgorithm.from(reglages.algorithme().strip());
        if (algorithme == null) {
            throw new IllegalStateException("sne.portail.oidc.algorithme : algorithme de signature inconnu « "
                    + reglages.algorithme() + " » (ES256 ou RS256)");
        }
        return algorithme;
    }

    private static OAuth2AuthenticationException refus(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
