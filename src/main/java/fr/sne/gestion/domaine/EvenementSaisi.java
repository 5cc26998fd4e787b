package fr.sne.gestion.domaine;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An event a guichet entered, checked against the catalogue: what its EVT movement will carry.
 *
 * @param donnees the data read into what the movement stores, by their names (texts and integers)
 */
public record EvenementSaisi(TypeEvenement type, LocalDate date, @Nullable String commentaire,
        Map<String, Object> donnees) {

    public EvenementSaisi {
        donnees = Map.copyOf(donnees);
    }
}
