package fr.sne.demande.domaine;

import java.util.Map;

import fr.sne.commun.CodeMotif;

/**
 * The demande refuses a transition in its current state or at this date (a radiation before the delay of a
 * warning, a renewal too early...). {@code code} is from the catalogue; {@code details} say what would make it possible
 * (e.g. the date from which it will be accepted), as strings.
 */
public class RefusTransition extends RuntimeException {

    private final CodeMotif code;
    private final Map<String, Object> details;

    public RefusTransition(CodeMotif code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public RefusTransition(CodeMotif code, String message) {
        this(code, message, Map.of());
    }

    public CodeMotif code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }
}
