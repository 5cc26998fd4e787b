package fr.sne.attribution.domaine;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a gestionnaire enters to create or change a réservataire, checked field by field (the command the use case
 * receives once the request is parsed).
 *
 * @param guichets codes of the guichets that act for it, distinct, sorted
 */
public record ReservataireSaisi(ReservataireCategorie categorie, String nom, @Nullable String siren,
        List<String> guichets) {

    public ReservataireSaisi {
        guichets = List.copyOf(guichets);
    }
}
