package fr.sne.identite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorizations Spring Authorization Server needs to remember: those of the sign-in flow (authorization
 * code, then its tokens), in memory, found by id or by any of their values (state, code, tokens) through an index.
 * Those of the client credentials grant are not kept: their JWTs are checked by signature, and the client's state
 * is read from the database on every call, so keeping one entry per token would only grow the heap.
 * <p>
 * The framework's in-memory service keeps at most 100 sign-ins in progress (between the authorization request and
 * the token exchange) and evicts the oldest beyond: with more people signing in at once (200 applicants filing on
 * the portal together), the code of an evicted one is refused ({@code invalid_grant}). Here none is evicted while
 * it may still be used; each authorization leaves when its last token has expired, or {@link #SANS_JETON} after
 * its last save when it holds none (a sign-in abandoned before the code was exchanged), so a long-running instance
 * does not grow either.
 */
final class AutorisationsEnMemoire implements OAuth2AuthorizationService {

    /** How long an authorization that holds no token with an expiry is kept after its last save. */
    static final Duration SANS_JETON = Duration.ofMinutes(15);

    /** Expired entries are looked for once every this many saves. */
    private static final int PURGE_TOUS_LES = 64;

    private record Entree(OAuth2Authorization autorisation, Instant expire, List<String> valeurs) {
    }

    private final Map<String, Entree> parId = new ConcurrentHashMap<>();
    private final Map<String, String> idParValeur = new ConcurrentHashMap<>();
    private final AtomicLong sauvegardes = new AtomicLong();
    private final Clock horloge;

    AutorisationsEnMemoire() {
        this(Clock.systemUTC());
    }

    AutorisationsEnMemoire(Clock horloge) {
        this.horloge = horloge;
    }

    @Override
    public void save(OAuth2Authorization autorisation) {
        Objects.requireNonNull(autorisation, "autorisation");
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(autorisation.getAuthorizationGrantType())) {
            return;
        }
        Instant maintenant = horloge.instant();
        List<String> valeurs = valeurs(autorisation);
        Entree nouvelle = new Entree(autorisation, expiration(autorisation, maintenant), valeurs);
        Entree ancienne = parId.put(autorisation.getId(), nouvelle);
        if (ancienne != null) {
            oublierValeurs(ancienne, autorisation.getId());
        }
        for (String valeur : valeurs) {
            idParValeur.put(valeur, autorisation.getId());
        }
        if (sauvegardes.incrementAndGet() % PURGE_TOUS_LES == 0) {
            purger(maintenant);
        }
    }

    @Override
    public void remove(OAuth2Authorization autorisation) {
        Objects.requireNonNull(autorisation, "autorisation");
        Entree entree = parId.remove(autorisation.getId());
        if (entree != null) {
            oublierValeurs(entree, autorisation.getId());
        }
    }

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        Entree entree = parId.get(id);
        return entree == null || expiree(entree) ? null : entree.autorisation();
    }

    @Override
    public @Nullable OAuth2Authorization findByToken(String jeton, @Nullable OAuth2TokenType type) {
        String id = idParValeur.get(jeton);
        Entree entree = id == null ? null : parId.get(id);
        if (entree == null || expiree(entree)) {
            return null;
        }
        OAuth2Authorization autorisation = entree.autorisation();
        return correspond(autorisation, jeton, type) ? autorisation : null;
    }

    /** @return how many authorizations are kept (for tests) */
    int taille() {
        return parId.size();
    }

    private boolean expiree(Entree entree) {
        return entree.expire().isBefore(horloge.instant());
    }

    private void purger(Instant maintenant) {
        parId.forEach((id, entree) -> {
            if (entree.expire().isBefore(maintenant) && parId.remove(id, entree)) {
                oublierValeurs(entree, id);
            }
        });
    }

    private void oublierValeurs(Entree entree, String id) {
        for (String valeur : entree.valeurs()) {
            idParValeur.remove(valeur, id);
        }
    }

    /** The state and the values of its tokens: what {@link #findByToken} is asked with. */
    private static List<String> valeurs(OAuth2Authorization autorisation) {
        List<String> valeurs = new ArrayList<>(5);
        String etat = autorisation.getAttribute(OAuth2ParameterNames.STATE);
        if (etat != null) {
            valeurs.add(etat);
        }
        for (Class<? extends OAuth2Token> sorte : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
                OAuth2RefreshToken.class, OidcIdToken.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> jeton = autorisation.getToken(sorte);
            if (jeton != null) {
                valeurs.add(jeton.getToken().getTokenValue());
            }
        }
        return List.copyOf(valeurs);
    }

    /** The latest expiry of its tokens, or {@link #SANS_JETON} from now when none has one. */
    private static Instant expiration(OAuth2Authorization autorisation, Instant maintenant) {
        Instant expire = null;
        for (Class<? extends OAuth2Token> sorte : List.of(OAuth2AuthorizationCode.class, OAuth2AccessToken.class,
                OAuth2RefreshToken.class, OidcIdToken.class)) {
            OAuth2Authorization.Token<? extends OAuth2Token> jeton = autorisation.getToken(sorte);
            Instant fin = jeton == null ? null : jeton.getToken().getExpiresAt();
            if (fin != null && (expire == null || fin.isAfter(expire))) {
                expire = fin;
            }
        }
        Instant auPlusTot = maintenant.plus(SANS_JETON);
        return expire == null || expire.isBefore(auPlusTot) ? auPlusTot : expire;
    }

    private static boolean correspond(OAuth2Authorization autorisation, String valeur, @Nullable OAuth2TokenType type) {
        String etat = autorisation.getAttribute(OAuth2ParameterNames.STATE);
        if (type == null) {
            return valeur.equals(etat) || autorisation.getToken(valeur) != null;
        }
        return switch (type.getValue()) {
            case OAuth2ParameterNames.STATE -> valeur.equals(etat);
            case OAuth2ParameterNames.CODE -> aPourValeur(autorisation, OAuth2AuthorizationCode.class, valeur);
            case OAuth2ParameterNames.ACCESS_TOKEN -> aPourValeur(autorisation, OAuth2AccessToken.class, valeur);
            case OAuth2ParameterNames.REFRESH_TOKEN -> aPourValeur(autorisation, OAuth2RefreshToken.class, valeur);
            case OidcParameterNames.ID_TOKEN -> aPourValeur(autorisation, OidcIdToken.class, valeur);
            default -> false;
        };
    }

    private static boolean aPourValeur(OAuth2Authorization autorisation, Class<? extends OAuth2Token> sorte,
            String valeur) {
        OAuth2Authorization.Token<? extends OAuth2Token> jeton = autorisation.getToken(sorte);
        return jeton != null && valeur.equals(jeton.getToken().getTokenValue());
    }
}
