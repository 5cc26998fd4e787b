package fr.sne.api;

import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import fr.sne.guichet.Guichet;
import fr.sne.guichet.Habilitation;

/**
 * A validated bearer token together with the guichet it speaks for: either an active guichet (and the authority
 * {@link #GUICHET_ACTIF}) or the reason why it may not act ({@link #refus()}); an active guichet's client comes
 * with the habilitations it may use on this call ({@link #habilitations()}, ADR 0017).
 */
public class AuthentificationGuichet extends JwtAuthenticationToken {

    /** Authority granted when the token's guichet exists and is active. */
    public static final String GUICHET_ACTIF = "GUICHET_ACTIF";

    /**
     * What an administration client (scope {@code administration}) administers.
     *
     * @param territoire the territory of a gestionnaire territorial's client; null for a national one
     */
    public record Administration(@Nullable String territoire) {
    }

    private final @Nullable Guichet guichet;
    private final @Nullable Refus refus;
    private final @Nullable Administration administration;
    private final Set<Habilitation> habilitations;

    AuthentificationGuichet(Jwt jwt, Collection<? extends GrantedAuthority> autorites, String nom,
            @Nullable Guichet guichet, @Nullable Refus refus) {
        this(jwt, autorites, nom, guichet, refus, null, Set.of());
    }

    AuthentificationGuichet(Jwt jwt, Collection<? extends GrantedAuthority> autorites, String nom,
            @Nullable Guichet guichet, @Nullable Refus refus, @Nullable Administration administration) {
        this(jwt, autorites, nom, guichet, refus, administration, Set.of());
    }

    AuthentificationGuichet(Jwt jwt, Collection<? extends GrantedAuthority> autorites, String nom,
            @Nullable Guichet guichet, @Nullable Refus refus, @Nullable Administration administration,
            Set<Habilitation> habilitations) {
        super(jwt, autorites, nom);
        this.guichet = guichet;
        this.refus = refus;
        this.administration = administration;
        this.habilitations = Set.copyOf(habilitations);
    }

    /**
     * The habilitations this call may use: those SNE's record of the client holds now, narrowed to the token's
     * scopes when the token names some habilitations; none for a refused token or a client the record does not
     * know.
     */
    public Set<Habilitation> habilitations() {
        return habilitations;
    }

    /** The scope of an administration client, when the token is one's and accepted. */
    public @Nullable Administration administration() {
        return administration;
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
