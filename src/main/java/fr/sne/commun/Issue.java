package fr.sne.commun;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of an aggregate's transition: accepted with its domain event, or refused with a {@link Refus}.
 * Nothing is thrown for a refusal the rules foresee; the use case decides what it becomes at its edge
 * ({@link #ouSinon}). Programming errors (an argument the caller had to check first) stay exceptions.
 *
 * @param <E> the domain event of an accepted transition
 */
public sealed interface Issue<E> {

    /** The transition is accepted: here is what changed. */
    record Acceptee<E>(E evenement) implements Issue<E> {
        public Acceptee {
            Objects.requireNonNull(evenement, "evenement");
        }
    }

    /** The transition is refused, nothing changed. */
    record Refusee<E>(Refus refus) implements Issue<E> {
        public Refusee {
            Objects.requireNonNull(refus, "refus");
        }
    }

    static <E> Issue<E> acceptee(E evenement) {
        return new Acceptee<>(evenement);
    }

    static <E> Issue<E> refusee(Refus refus) {
        return new Refusee<>(refus);
    }

    /** The event, or the exception the edge makes of the refusal. */
    default E ouSinon(Function<Refus, ? extends RuntimeException> exception) {
        return switch (this) {
            case Acceptee<E>(E evenement) -> evenement;
            case Refusee<E>(Refus refus) -> throw exception.apply(refus);
        };
    }

    /** The refusal, if refused. */
    default Optional<Refus> refusee() {
        return this instanceof Refusee<E>(Refus refus) ? Optional.of(refus) : Optional.empty();
    }

    default boolean estAcceptee() {
        return this instanceof Acceptee;
    }
}
