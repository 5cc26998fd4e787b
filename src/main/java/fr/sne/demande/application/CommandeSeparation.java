package fr.sne.demande.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.domaine.ContenuDemande;

/**
 * A separation asked for (a co-demandeur leaves the household), read once at the edge by {@link ParseurSeparation}:
 * who leaves, and optionally the content of his new demande (he must be its demandeur). Whether that co-demandeur
 * is one of this demande's, and the content's validation, are {@link SeparerCoDemandeur}'s.
 *
 * @param demande the content of his new demande, or null: derived from the original's
 */
public record CommandeSeparation(Partant partant, @Nullable ContenuDemande demande) {

    /** How the co-demandeur who leaves is named. */
    public sealed interface Partant {
    }

    /** By his rank among the co-demandeurs, from 1. */
    public record ParRang(int rang) implements Partant {
    }

    /** By his identity: birth name and birth date, first names if given. */
    public record ParIdentite(String nomNaissance, @Nullable String prenoms, LocalDate dateNaissance)
            implements Partant {
    }
}
