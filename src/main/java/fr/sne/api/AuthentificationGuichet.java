package fr.sne.api;

import java.util.Collection;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import fr.sne.guichet.Guichet;

/**
 * A validated bearer token together with the guichet it speaks for: either an active guichet (and the authority
 * {@link #GUICHET_ACTIF}) or the reason why it may not act ({@link #refus()}).
 */
public class AuthentificationGuichet extends JwtAuthenticationToken {

    /** Authority granted when the token's guichet exists and is active. */
    public static final String GUICHET_ACTIF = "GUICHET_ACTIF";

    private final @Nullable Guichet guichet;
    private final @Nullable Refus refus;

    AuthentificationGuichet(Jwt jwt, Collection<? extends GrantedAuthority> autorites, String nom,
            @Nullable Guichet guichet, @Nullable Refus refus) {
        super(jwt, autorites, nom);
        this.guichet = guichet;
        this.refus = refus;
    }

    /** The calling guichet, when accepted. */
    public @Nullable Guichet guichet() {
        return guichet;
    }

    /** Why the token may not act, when refused. */
    public @Nullable Refus refus() {
        return refus;
    }
}
