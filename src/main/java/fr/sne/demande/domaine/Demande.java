package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * A registered demande: its numéro unique, its territory, its dates and its content.
 * <p>
 * The demande decides its own transitions: each one is a method that checks what it may, and returns a typed
 * {@link EvenementDemande} saying what changed. Nothing is written here: the module's one door
 * ({@code JournalDemandes.appliquer}) writes the rows and the movement of every event in one transaction.
 *
 * @param dateDepot       date of first deposit: the ancienneté, kept across renewals
 * @param dateFinValidite one year after the deposit or the last renewal (R441-2-7 CCH)
 * @param version         incremented by every change: a change based on an older version is refused (optimistic
 *                        locking), and the value can serve as an HTTP entity tag
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
        ContenuDemande contenu,
        int version) {

    /** A demande's validity: one year from its deposit or its last renewal. */
    public static final Period VALIDITE = Period.ofYears(1);

    /**
     * An actor acting for a guichet registers a new demande, active and valid one year from its deposit (R441-2-7 CCH). The demande
     * is not numbered yet: its numéro unique is taken by the door that writes it, in the last statement of the
     * transaction, so that the territory's counter is held as briefly as possible and numbers stay dense.
     *
     * @return the event, which carries the new demande ({@link DemandeEnregistree#numerotee})
     */
    public static DemandeEnregistree enregistrer(String territoire, Acteur acteur, Instant maintenant,
            ContenuValide contenu) {
        LocalDate dateDepot = contenu.dateDepot();
        return new DemandeEnregistree(territoire, acteur.guichetRequis(), acteur, maintenant, dateDepot,
                dateDepot.plus(VALIDITE), contenu);
    }
}
