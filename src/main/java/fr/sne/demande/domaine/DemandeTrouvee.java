package fr.sne.demande.domaine;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A line of a search for demandes: the numéro, the demandeur's name (null once the nominative data are erased),
 * the état, the dates and the territory.
 */
public record DemandeTrouvee(String numeroUnique, @Nullable String nomNaissance, @Nullable String prenoms,
        StatutDemande statut, LocalDate dateDepot, LocalDate dateFinValidite, String territoire) {
}
