package fr.sne.demande.domaine;

import java.util.Map;
import java.util.Objects;

import fr.sne.commun.CodeMotif;

/** What a business rule (a {@code Politique…}) says: yes, or no with a reason code from the catalogue. */
public sealed interface Decision {

    Accord ACCORD = new Accord();

    /** The rule allows it. */
    record Accord() implements Decision {
    }

    /**
     * The rule refuses it.
     *
     * @param message French sentence for the person at the desk
     * @param details facts a caller may need to act (the existing demande's number…), added to the problem
     */
    record Refus(CodeMotif code, String message, Map<String, Object> details) implements Decision {

        public Refus {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            details = Map.copyOf(details);
        }

        public Refus(CodeMotif code, String message) {
            this(code, message, Map.of());
        }
    }

    default boolean accordee() {
        return this instanceof Accord;
    }
}
