package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import fr.sne.commun.CodeMotif;

/**
 * What the API requires of a token on top of its issuer's decoder, and the one code each refusal gets, whatever
 * the decoder said (here Spring's own decoder, with its timestamp check, as the issuers' decoders are built).
 */
class VerificationJetonTest {

    private static final Instant MAINTENANT = Instant.now();
    private static final String EMETTEUR = "https://emetteur.exemple.test";
    private static final RSAKey CLE = cle("cle");

    private final VerificationJeton verification = new VerificationJeton(decodeur(), () -> EMETTEUR, "sne-api",
            Clock.fixed(MAINTENANT, ZoneOffset.UTC));

    private static NimbusJwtDecoder decodeur() {
        try {
            NimbusJwtDecoder decodeur = NimbusJwtDecoder.withPublicKey(CLE.toRSAPublicKey()).build();
            decodeur.setJwtValidator(new JwtTimestampValidator());
            return decodeur;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey cle(String id) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(id)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jeton(RSAKey cle, Consumer<JwtClaimsSet.Builder> changement) {
        JwtClaimsSet.Builder revendications = JwtClaimsSet.builder().issuer(EMETTEUR).subject("client")
                .audience(List.of("sne-api")).issuedAt(MAINTENANT).expiresAt(MAINTENANT.plusSeconds(600));
        changement.accept(revendications);
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(cle))).encode(JwtEncoderParameters
                .from(JwsHeader.with(SignatureAlgorithm.RS256).build(), revendications.build())).getTokenValue();
    }

    private String jeton(Consumer<JwtClaimsSet.Builder> changement) {
        return jeton(CLE, changement);
    }

    private void refuse(String jeton, CodeMotif code) {
        assertThatThrownBy(() -> verification.decode(jeton)).isInstanceOfSatisfying(JetonRefuse.class, refus -> {
            assertThat(refus.code()).isEqualTo(code);
            assertThat(refus.getMessage()).doesNotContain("Jwt", "claim", "An error");
        });
    }

    @Test
    void un_jeton_signe_pour_l_api_avec_expiration_est_accepte() {
        assertThat(verification.decode(jeton(r -> r.audience(List.of("autre", "sne-api")))).getSubject())
                .isEqualTo("client");
    }

    @Test
    void chaque_exigence_a_son_code() {
        refuse(jeton(r -> r.claims(c -> c.remove("exp"))), CodeMotif.JETON_SANS_EXPIRATION);
        refuse(jeton(r -> r.issuedAt(MAINTENANT.minusSeconds(7200)).expiresAt(MAINTENANT.minusSeconds(3600))),
                CodeMotif.JETON_EXPIRE);
        refuse(jeton(r -> r.notBefore(MAINTENANT.plusSeconds(3600))), CodeMotif.JETON_PAS_ENCORE_VALIDE);
        refuse(jeton(r -> r.issuer("https://autre.exemple.test")), CodeMotif.JETON_EMETTEUR_INVALIDE);
        refuse(jeton(r -> r.audience(List.of("autre-api"))), CodeMotif.JETON_AUDIENCE_INVALIDE);
        refuse(jeton(r -> r.claims(c -> c.remove("aud"))), CodeMotif.JETON_AUDIENCE_INVALIDE);
        refuse(jeton(cle("faussaire"), r -> { }), CodeMotif.JETON_SIGNATURE_INVALIDE);
        refuse("pas.un.jwt", CodeMotif.JETON_MALFORME);
        refuse("", CodeMotif.JETON_MALFORME);
    }

    @Test
    void une_signature_fausse_l_emporte_sur_les_revendications() {
        refuse(jeton(cle("faussaire"), r -> r.issuedAt(MAINTENANT.minusSeconds(7200))
                .expiresAt(MAINTENANT.minusSeconds(3600))),
                CodeMotif.JETON_SIGNATURE_INVALIDE);
    }

    @Test
    void un_jeton_non_signe_est_refuse() {
        String entete = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        String corps = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"client\",\"aud\":\"sne-api\",\"iss\":\"" + EMETTEUR + "\",\"exp\":"
                        + MAINTENANT.plusSeconds(600).getEpochSecond() + "}").getBytes());

        refuse(entete + "." + corps + ".", CodeMotif.JETON_SIGNATURE_INVALIDE);
    }
}
