package fr.sne.api;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import fr.sne.commun.CodeMotif;

/** Reads the guichet and territory claims of a validated JWT; a missing or malformed claim makes it invalid. */
public final class LectureJeton {

    static final Pattern CODE_GUICHET = Pattern.compile("^G[0-9A-Z]{4}$");
    static final Pattern TERRITOIRE = Pattern.compile("^([0-9]{3}|02[AB])$");

    private final String claimGuichet;
    private final String claimTerritoire;

    public LectureJeton(String claimGuichet, String claimTerritoire) {
        this.claimGuichet = claimGuichet;
        this.claimTerritoire = claimTerritoire;
    }

    public IdentiteJeton lire(Jwt jwt) {
        String code = texte(jwt, claimGuichet);
        if (code == null) {
            throw invalide("Le jeton ne porte pas de guichet (claim '" + claimGuichet + "').");
        }
        if (!CODE_GUICHET.matcher(code).matches()) {
            throw invalide("Code guichet invalide dans le jeton : " + code);
        }
        String territoire = territoire(jwt);
        String sujet = jwt.getSubject();
        return new IdentiteJeton(sujet == null ? "" : sujet, code, territoire);
    }

    /** The territory claim, when the token carries one; a malformed one makes the token invalid. */
    public @Nullable String territoire(Jwt jwt) {
        String territoire = texte(jwt, claimTerritoire);
        if (territoire != null && !TERRITOIRE.matcher(territoire).matches()) {
            throw invalide("Code territoire invalide dans le jeton : " + territoire);
        }
        return territoire;
    }

    /** Whether the token names a guichet at all (an operator's token names none). */
    public boolean porteGuichet(Jwt jwt) {
        return jwt.getClaims().get(claimGuichet) != null;
    }

    /**
     * The API client the token was issued to: its {@code client_id} claim (RFC 9068), else its subject; empty
     * when it has neither.
     */
    public String client(Jwt jwt) {
        Object clientId = jwt.getClaims().get("client_id");
        if (clientId instanceof String s && !s.isBlank()) {
            return s;
        }
        String sujet = jwt.getSubject();
        return sujet == null ? "" : sujet;
    }

    /** A token whose claims the registry cannot read: 401 with this message ({@code JETON_INVALIDE}). */
    private static InvalidBearerTokenException invalide(String message) {
        return new InvalidBearerTokenException(message, new JetonRefuse(CodeMotif.JETON_INVALIDE, message));
    }

    private static @Nullable String texte(Jwt jwt, String claim) {
        Object valeur = jwt.getClaims().get(claim);
        if (valeur == null) {
            return null;
        }
        if (!(valeur instanceof String s)) {
            throw invalide("Le claim '" + claim + "' doit être une chaîne.");
        }
        return s.isBlank() ? null : s.strip();
    }
}
