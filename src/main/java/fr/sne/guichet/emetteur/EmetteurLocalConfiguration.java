package fr.sne.guichet.emetteur;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import fr.sne.guichet.securite.SecuriteProperties;

/**
 * The embedded token issuer of the local run and of the tests: one RSA key signs (encoder) and verifies
 * (decoder) the tokens. Off in production, where Spring Boot builds the decoder from the external issuer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
class EmetteurLocalConfiguration {

    @Bean
    CleSignature cleSignature(SecuriteProperties proprietes) {
        return new CleSignature(CleSignatureLocale.charger(proprietes.emetteurLocal().repertoireCles()));
    }

    @Bean
    JwtEncoder jwtEncoder(CleSignature cle) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(cle.rsa())));
    }

    @Bean
    JwtDecoder jwtDecoder(CleSignature cle, SecuriteProperties proprietes) throws JOSEException {
        NimbusJwtDecoder decodeur = NimbusJwtDecoder.withPublicKey(cle.rsa().toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decodeur.setJwtValidator(JwtValidators.createDefaultWithIssuer(proprietes.emetteurLocal().emetteur()));
        return decodeur;
    }

    /** The signing key pair, wrapped so that it is not mistaken for another RSAKey bean. */
    record CleSignature(RSAKey rsa) {

        JWKSet publique() {
            return new JWKSet(rsa.toPublicJWK());
        }
    }
}
