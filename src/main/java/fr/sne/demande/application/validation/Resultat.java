package fr.sne.demande.application.validation;

import java.util.List;
import java.util.Objects;

import fr.sne.commun.ErreurChamp;

/**
 * The outcome of a validation: either the validated value, or every error found (never both, never neither).
 *
 * @param <T> the validated type
 */
public sealed interface Resultat<T> {

    record Valide<T>(T valeur) implements Resultat<T> {

        public Valide {
            Objects.requireNonNull(valeur, "valeur");
        }
    }

    record Invalide<T>(List<ErreurChamp> erreurs) implements Resultat<T> {

        public Invalide {
            erreurs = List.copyOf(erreurs);
            if (erreurs.isEmpty()) {
                throw new IllegalArgumentException("au moins une erreur attendue");
            }
        }
    }

    /** The errors; empty when valid. */
    default List<ErreurChamp> erreurs() {
        return this instanceof Invalide<T> invalide ? invalide.erreurs() : List.of();
    }
}
