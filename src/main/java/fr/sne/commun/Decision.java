package fr.sne.commun;

/**
 * What a business rule (a {@code Politique…}) says: yes ({@link #ACCORD}), or no with a {@link Refus}, the same
 * value an aggregate's refused transition carries.
 */
public sealed interface Decision permits Decision.Accord, Refus {

    Accord ACCORD = new Accord();

    /** The rule allows it. */
    record Accord() implements Decision {
    }

    default boolean accordee() {
        return this instanceof Accord;
    }
}
