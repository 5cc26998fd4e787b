package fr.sne.attribution.domaine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A réservataire as the list of its territory holds it.
 *
 * @param id         its number, which the R441-2-9 data and the attribution facts refer to
 * @param categorie  its kind
 * @param nom        its name
 * @param siren      its SIREN, when known
 * @param territoire the territory whose gestionnaire keeps it
 * @param guichets   the codes of the guichets that act for it, sorted
 */
public record ReservataireInscrit(long id, ReservataireCategorie categorie, String nom, @Nullable String siren,
        String territoire, List<String> guichets) {

    public ReservataireInscrit {
        guichets = List.copyOf(guichets);
    }
}
