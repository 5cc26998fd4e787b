package fr.sne.attribution;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A réservataire of the one list of its territory, as other modules (and the R441-2-9 data of a radiation a) see it.
 *
 * @param id               its number: what a radiation a, an attribution fact ({@code attribution_fait.reservataire_id})
 *                         or a lease names
 * @param categorie        ETAT_PRIORITAIRES, ETAT_AGENTS, COLLECTIVITE, ACTION_LOGEMENT, BAILLEUR or AUTRE
 * @param libelleCategorie the kind's label
 * @param contingent       the contingent type of the R441-2-9 data it implies (PPRIOR, PFONCT, COLTER, COLACT,
 *                         AUCUN, AUTRES)
 * @param nom              its name
 * @param siren            its SIREN, when known
 * @param territoire       the territory whose gestionnaire keeps it
 * @param guichets         the codes of the guichets (types RESERVATAIRE, ACTION_LOGEMENT) that act for it
 */
public record Reservataire(long id, String categorie, String libelleCategorie, String contingent, String nom,
        @Nullable String siren, String territoire, List<String> guichets) {

    public Reservataire {
        guichets = List.copyOf(guichets);
    }
}
