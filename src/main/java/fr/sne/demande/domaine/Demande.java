package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * A registered demande: its numéro unique, its territory, its dates and its content.
 *
 * @param dateDepot       date of first deposit: the ancienneté, kept across renewals
 * @param dateFinValidite one year after the deposit or the last renewal (R441-2-7 CCH)
 */
public record Demande(
        NumeroUnique numeroUnique,
        String territoire,
        StatutDemande statut,
        LocalDate dateDepot,
        @Nullable LocalDate dateDernierRenouvellement,
        LocalDate dateFinValidite,
        String guichetEnregistreur,
        Instant enregistreeLe,
        Instant modifieeLe,
        ContenuDemande contenu) {

    /** A demande's validity: one year from its deposit or its last renewal. */
    public static final Period VALIDITE = Period.ofYears(1);

    public static Demande enregistrer(NumeroUnique numero, String territoire, String guichet, Instant maintenant,
            ContenuDemande contenu) {
        LocalDate dateDepot = contenu.dateDepot();
        if (dateDepot == null) {
            throw new IllegalArgumentException("date de dépôt manquante");
        }
        return new Demande(numero, territoire, StatutDemande.ACTIVE, dateDepot, null, dateDepot.plus(VALIDITE),
                guichet, maintenant, maintenant, contenu);
    }
}
