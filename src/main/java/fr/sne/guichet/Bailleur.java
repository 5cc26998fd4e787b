package fr.sne.guichet;

import java.util.List;

/**
 * A bailleur social owning rental stock.
 *
 * @param siren   9 digits
 * @param nom     display name
 * @param adresse postal address lines
 */
public record Bailleur(String siren, String nom, List<String> adresse) {

    public Bailleur {
        adresse = List.copyOf(adresse);
    }
}
