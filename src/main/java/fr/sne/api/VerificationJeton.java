package fr.sne.api;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import fr.sne.commun.CodeMotif;

/**
 * What the API requires of every bearer token, whoever issued it, on top of its issuer's decoder (the embedded
 * provider's, or Spring Boot's for the external issuer of production), and why it refuses one:
 * <ol>
 * <li>a signed JWT ({@code JETON_MALFORME} otherwise), whose signature the decoder verifies
 * ({@code JETON_SIGNATURE_INVALIDE});</li>
 * <li>an expiry {@code exp} (a token without one would be valid forever: {@code JETON_SANS_EXPIRATION}) not passed
 * ({@code JETON_EXPIRE}), and no {@code nbf} to come ({@code JETON_PAS_ENCORE_VALIDE}), within one minute of
 * clock skew as the decoder allows;</li>
 * <li>the expected issuer, when one is known ({@code JETON_EMETTEUR_INVALIDE});</li>
 * <li>the API's audience among its {@code aud} ({@code JETON_AUDIENCE_INVALIDE}): a token issued for another
 * service of the same issuer is not one for the registry.</li>
 * </ol>
 * Each refusal is a {@link JetonRefuse} with its catalogue code and a French message. The claims are read from
 * the token itself only to say why the decoder refused it, after its signature was found good.
 */
final class VerificationJeton implements JwtDecoder {

    /** Clock skew allowed on {@code exp} and {@code nbf}, as Spring Security's timestamp check. */
    static final Duration DECALAGE = Duration.ofSeconds(60);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy à HH:mm:ss 'UTC'")
            .withZone(ZoneId.of("UTC"));

    private final JwtDecoder decodeur;
    private final Supplier<@Nullable String> emetteur;
    private final String audience;
    private final Clock horloge;

    /**
     * @param emetteur the issuer tokens must name, when known (null: only the decoder checks it, or nobody)
     * @param audience the audience tokens must name
     */
    VerificationJeton(JwtDecoder decodeur, Supplier<@Nullable String> emetteur, String audience, Clock horloge) {
        this.decodeur = decodeur;
        this.emetteur = emetteur;
        this.audience = audience;
        this.horloge = horloge;
    }

    @Override
    public Jwt decode(String jeton) throws JwtException {
        JWTClaimsSet revendications = lire(jeton);
        Jwt verifie;
        try {
            verifie = decodeur.decode(jeton);
        } catch (JwtValidationException e) {
            // the signature is good (the claims are checked after it): say which claim the issuer's checks refused
            verifier(revendications.getExpirationTime(), revendications.getNotBeforeTime(),
                    revendications.getIssuer(), revendications.getAudience());
            throw new JetonRefuse(CodeMotif.JETON_INVALIDE);
        } catch (BadJwtException e) {
            throw new JetonRefuse(CodeMotif.JETON_SIGNATURE_INVALIDE);
        }
        verifier(date(verifie.getExpiresAt()), date(verifie.getNotBefore()), verifie.getClaimAsString("iss"),
                verifie.getAudience());
        return verifie;
    }

    private static JWTClaimsSet lire(String jeton) {
        JWT lu;
        JWTClaimsSet revendications;
        try {
            lu = JWTParser.parse(jeton);
            revendications = lu.getJWTClaimsSet();
        } catch (ParseException | RuntimeException e) {
            throw new JetonRefuse(CodeMotif.JETON_MALFORME);
        }
        if (!(lu instanceof SignedJWT)) {
            throw new JetonRefuse(CodeMotif.JETON_SIGNATURE_INVALIDE);
        }
        return revendications;
    }

    private void verifier(@Nullable Date expiration, @Nullable Date debut, @Nullable String iss,
            @Nullable List<String> aud) {
        Instant maintenant = horloge.instant();
        if (expiration == null) {
            throw new JetonRefuse(CodeMotif.JETON_SANS_EXPIRATION);
        }
        if (!maintenant.minus(DECALAGE).isBefore(expiration.toInstant())) {
            throw new JetonRefuse(CodeMotif.JETON_EXPIRE,
                    CodeMotif.JETON_EXPIRE.message(Map.of("expiration", DATE.format(expiration.toInstant()))));
        }
        if (debut != null && maintenant.plus(DECALAGE).isBefore(debut.toInstant())) {
            throw new JetonRefuse(CodeMotif.JETON_PAS_ENCORE_VALIDE,
                    CodeMotif.JETON_PAS_ENCORE_VALIDE.message(Map.of("debut", DATE.format(debut.toInstant()))));
        }
        String attendu = emetteur.get();
        if (attendu != null && !attendu.equals(iss)) {
            throw new JetonRefuse(CodeMotif.JETON_EMETTEUR_INVALIDE);
        }
        if (aud == null || !aud.contains(audience)) {
            throw new JetonRefuse(CodeMotif.JETON_AUDIENCE_INVALIDE,
                    CodeMotif.JETON_AUDIENCE_INVALIDE.message(Map.of("audience", audience)));
        }
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
