package fr.sne.guichet.emetteur;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.guichet.emetteur.ClientsApi.ClientAuthentifie;
import fr.sne.guichet.emetteur.EmetteurLocalConfiguration.CleSignature;
import fr.sne.guichet.securite.SecuriteProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The embedded OAuth2 token endpoint (RFC 6749 §4.4, client credentials grant) and its public key set. Clients
 * authenticate with HTTP Basic ({@code client_secret_basic}) or form fields ({@code client_secret_post}).
 */
@RestController
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
@Tag(name = "Jetons", description = "Émetteur de jetons intégré (exécution locale)")
class JetonController {

    static final String SCOPE = "demandes";

    private final ClientsApi clients;
    private final JwtEncoder encodeur;
    private final CleSignature cle;
    private final SecuriteProperties proprietes;
    private final Clock horloge;

    JetonController(ClientsApi clients, JwtEncoder encodeur, CleSignature cle, SecuriteProperties proprietes,
            ObjectProvider<Clock> horloge) {
        this.clients = clients;
        this.encodeur = encodeur;
        this.cle = cle;
        this.proprietes = proprietes;
        this.horloge = horloge.getIfAvailable(Clock::systemUTC);
    }

    @Operation(summary = "Obtenir un jeton d'accès (client credentials)")
    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jeton(@RequestParam MultiValueMap<String, String> parametres,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) @Nullable String autorisation) {
        for (String nom : List.of("grant_type", "client_id", "client_secret", "scope")) {
            List<String> valeurs = parametres.get(nom);
            if (valeurs != null && valeurs.size() > 1) {
                return erreur(HttpStatus.BAD_REQUEST, "invalid_request", "Paramètre répété : " + nom, false);
            }
        }
        boolean basic = autorisation != null && autorisation.regionMatches(true, 0, "Basic ", 0, 6);
        String clientId;
        String secret;
        if (basic) {
            if (parametres.getFirst("client_secret") != null) {
                return erreur(HttpStatus.BAD_REQUEST, "invalid_request",
                        "Une seule méthode d'authentification du client est permise.", false);
            }
            String[] identifiants = basic(autorisation.substring(6).strip());
            if (identifiants == null) {
                return erreur(HttpStatus.UNAUTHORIZED, "invalid_client", "En-tête Basic illisible.", true);
            }
            clientId = identifiants[0];
            secret = identifiants[1];
        } else {
            clientId = parametres.getFirst("client_id");
            secret = parametres.getFirst("client_secret");
            if (clientId == null || secret == null) {
                return erreur(HttpStatus.UNAUTHORIZED, "invalid_client",
                        "Authentification du client requise (Basic ou client_id/client_secret).", false);
            }
        }
        Optional<ClientAuthentifie> client = clients.authentifier(clientId, secret);
        if (client.isEmpty()) {
            return erreur(HttpStatus.UNAUTHORIZED, "invalid_client", "Client inconnu, inactif ou secret erroné.",
                    basic);
        }
        String typeOctroi = parametres.getFirst("grant_type");
        if (typeOctroi == null || typeOctroi.isBlank()) {
            return erreur(HttpStatus.BAD_REQUEST, "invalid_request", "Paramètre grant_type manquant.", false);
        }
        if (!"client_credentials".equals(typeOctroi)) {
            return erreur(HttpStatus.BAD_REQUEST, "unsupported_grant_type",
                    "Seul grant_type=client_credentials est accepté.", false);
        }
        String scope = parametres.getFirst("scope");
        if (scope != null && !scope.isBlank()) {
            for (String demande : scope.strip().split("\\s+")) {
                if (!SCOPE.equals(demande)) {
                    return erreur(HttpStatus.BAD_REQUEST, "invalid_scope", "Scope inconnu : " + demande, false);
                }
            }
        }
        if (!client.get().guichetActif()) {
            return erreur(HttpStatus.BAD_REQUEST, "unauthorized_client",
                    "Le guichet " + client.get().codeGuichet() + " de ce client n'est plus actif.", false);
        }
        return emettre(client.get());
    }

    @Operation(summary = "Clés publiques de vérification des jetons (JWK set)")
    @GetMapping(path = "/oauth2/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> jwks() {
        return cle.publique().toJSONObject();
    }

    private ResponseEntity<Map<String, Object>> emettre(ClientAuthentifie client) {
        Instant maintenant = horloge.instant();
        long duree = proprietes.emetteurLocal().dureeJeton().toSeconds();
        JwtClaimsSet revendications = JwtClaimsSet.builder()
                .issuer(proprietes.emetteurLocal().emetteur())
                .subject(client.clientId())
                .issuedAt(maintenant)
                .notBefore(maintenant)
                .expiresAt(maintenant.plusSeconds(duree))
                .id(UUID.randomUUID().toString())
                .claim("client_id", client.clientId())
                .claim(proprietes.claimGuichet(), client.codeGuichet())
                .claim(proprietes.claimTerritoire(), client.territoire())
                .claim("scope", SCOPE)
                .build();
        JwsHeader entete = JwsHeader.with(SignatureAlgorithm.RS256).keyId(cle.rsa().getKeyID()).build();
        String jeton = encodeur.encode(JwtEncoderParameters.from(entete, revendications)).getTokenValue();
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("access_token", jeton);
        corps.put("token_type", "Bearer");
        corps.put("expires_in", duree);
        corps.put("scope", SCOPE);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header(HttpHeaders.PRAGMA, "no-cache")
                .body(corps);
    }

    /** {@code client_id:client_secret}, each form-urlencoded (RFC 6749 §2.3.1); null when unreadable. */
    static String @Nullable [] basic(String encode) {
        try {
            String decode = new String(Base64.getDecoder().decode(encode), StandardCharsets.UTF_8);
            int deuxPoints = decode.indexOf(':');
            if (deuxPoints <= 0) {
                return null;
            }
            return new String[] {
                URLDecoder.decode(decode.substring(0, deuxPoints), StandardCharsets.UTF_8),
                URLDecoder.decode(decode.substring(deuxPoints + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseEntity<Map<String, Object>> erreur(HttpStatus statut, String code, String description,
            boolean defiBasic) {
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("error", code);
        corps.put("error_description", description);
        ResponseEntity.BodyBuilder reponse = ResponseEntity.status(statut).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache");
        if (defiBasic) {
            reponse.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"sne\", charset=\"UTF-8\"");
        }
        return reponse.contentType(MediaType.APPLICATION_JSON).body(corps);
    }

}
