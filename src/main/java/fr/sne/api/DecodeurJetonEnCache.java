package fr.sne.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers what a bearer token proves until it expires: the first call with a token verifies it (signature,
 * lifetime, issuer) through the real decoder; later calls with the very same string get the same decoded
 * {@link Jwt} without verifying the signature again, as long as the token's {@code exp} has not passed. A token
 * that fails verification, or has no {@code exp}, is never remembered.
 * <p>
 * Only the token's own proof is cached. Whether its guichet is active and its API client not revoked is asked of
 * the registry on every request ({@link ConvertisseurJetonGuichet}), so a revocation takes effect at once on
 * every instance.
 * <p>
 * Bounded: beyond {@code capacite} tokens, the expired ones are dropped, and if the cache is still full it is
 * emptied (a burst of tokens then costs one verification each, as without the cache).
 */
final class DecodeurJetonEnCache implements JwtDecoder {

    /** Tokens remembered at most: far above the number of API clients, a few MB at most. */
    static final int CAPACITE_PAR_DEFAUT = 10_000;

    private final JwtDecoder decodeur;
    private final Clock horloge;
    private final int capacite;
    private final Map<String, Jwt> verifies = new ConcurrentHashMap<>();

    DecodeurJetonEnCache(JwtDecoder decodeur, Clock horloge, int capacite) {
        this.decodeur = decodeur;
        this.horloge = horloge;
        this.capacite = capacite;
    }

    @Override
    public Jwt decode(String jeton) throws JwtException {
        Instant maintenant = horloge.instant();
        Jwt connu = verifies.get(jeton);
        if (connu != null) {
            if (valide(connu, maintenant)) {
                return connu;
            }
            verifies.remove(jeton, connu);
        }
        Jwt verifie = decodeur.decode(jeton);
        if (valide(verifie, maintenant)) {
            if (verifies.size() >= capacite) {
                verifies.values().removeIf(jwt -> !valide(jwt, maintenant));
                if (verifies.size() >= capacite) {
                    verifies.clear();
                }
            }
            verifies.put(jeton, verifie);
        }
        return verifie;
    }

    int taille() {
        return verifies.size();
    }

    private static boolean valide(Jwt jwt, Instant maintenant) {
        Instant expiration = jwt.getExpiresAt();
        return expiration != null && maintenant.isBefore(expiration);
    }
}
