package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class DecodeurJetonEnCacheTest {

    private static final Instant DEBUT = Instant.parse("2026-11-26T10:00:00Z");

    /** A decoder that accepts tokens "ok-<seconds of life>" and counts its verifications. */
    private final List<String> verifications = new ArrayList<>();
    private final JwtDecoder reel = jeton -> {
        verifications.add(jeton);
        if (!jeton.startsWith("ok-")) {
            throw new BadJwtException("signature invalide");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(jeton).header("alg", "RS256").subject("client").issuedAt(DEBUT);
        long vie = Long.parseLong(jeton.substring(3).split("-")[0]);
        return (vie > 0 ? jwt.expiresAt(DEBUT.plusSeconds(vie)) : jwt.claim("sans", "exp")).build();
    };
    private Clock horloge = Clock.fixed(DEBUT, ZoneOffset.UTC);
    private final DecodeurJetonEnCache cache = new DecodeurJetonEnCache(reel, new Clock() {
        @Override
        public Instant instant() {
            return horloge.instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }, 3);

    @Test
    void un_jeton_verifie_n_est_plus_reverifie_avant_son_expiration() {
        Jwt premier = cache.decode("ok-300");
        Jwt second = cache.decode("ok-300");

        assertThat(second).isSameAs(premier);
        assertThat(verifications).containsExactly("ok-300");
    }

    @Test
    void a_son_expiration_le_jeton_est_de_nouveau_verifie() {
        cache.decode("ok-300");
        horloge = Clock.fixed(DEBUT.plus(Duration.ofSeconds(300)), ZoneOffset.UTC);

        cache.decode("ok-300");

        assertThat(verifications).containsExactly("ok-300", "ok-300");
    }

    @Test
    void un_jeton_refuse_ou_sans_expiration_n_est_jamais_retenu() {
        assertThatThrownBy(() -> cache.decode("forge")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forge")).isInstanceOf(BadJwtException.class);
        cache.decode("ok-0");
        cache.decode("ok-0");

        assertThat(verifications).containsExactly("forge", "forge", "ok-0", "ok-0");
        assertThat(cache.taille()).isZero();
    }

    @Test
    void le_cache_reste_borne() {
        for (int i = 1; i <= 10; i++) {
            cache.decode("ok-300-" + i);
            assertThat(cache.taille()).isLessThanOrEqualTo(3);
        }
        int avant = verifications.size();
        cache.decode("ok-300-10");
        assertThat(verifications).hasSize(avant);
    }
}
