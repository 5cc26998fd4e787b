package fr.sne.api;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.BadJwtException;

import fr.sne.commun.CodeMotif;

/**
 * Why the API refuses a bearer token, in the registry's words: a catalogue code and a French message, written
 * by {@link VerificationJeton} or {@link LectureJeton} and answered as is by {@link ReponsesProbleme} (401),
 * never the JWT library's own text.
 */
final class JetonRefuse extends BadJwtException {

    private final CodeMotif code;

    JetonRefuse(CodeMotif code, String message) {
        super(message);
        this.code = code;
    }

    JetonRefuse(CodeMotif code) {
        this(code, code.message());
    }

    CodeMotif code() {
        return code;
    }

    /** The refusal behind an authentication failure, when the API wrote it; null otherwise. */
    static @Nullable JetonRefuse dans(AuthenticationException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof JetonRefuse refus) {
                return refus;
            }
        }
        return null;
    }
}
