package fr.sne.commun;

import java.util.Map;

/**
 * The request conflicts with the state of the registry (a duplicate demande, an idempotency key reused with
 * another body...). {@code code} is stable; {@code proprietes} are added to the problem details.
 */
public class ConflitException extends RuntimeException {

    private final String code;
    private final Map<String, Object> proprietes;

    public ConflitException(String code, String message, Map<String, Object> proprietes) {
        super(message);
        this.code = code;
        this.proprietes = Map.copyOf(proprietes);
    }

    public ConflitException(CodeMotif code, String message, Map<String, Object> proprietes) {
        this(code.name(), message, proprietes);
    }

    public String code() {
        return code;
    }

    public Map<String, Object> proprietes() {
        return proprietes;
    }
}
