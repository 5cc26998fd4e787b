package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * Two demandes of one person became one (motive f of R441-2-8 CCH), in one transaction: the merged demande is
 * radiated for motive f naming the kept numéro (movement RAD), and the kept demande, active, takes the earlier of
 * the two dates de dépôt (movement MOD naming the merged demande), so that the person's ancienneté is kept.
 *
 * @param radiation          the radiation of the merged demande (motive f, {@code numeroUniqueConserve})
 * @param numeroConserve     the kept demande
 * @param territoireConserve its territory (another one than the merged demande's for the national administrator)
 * @param versionConservee   the kept demande's version the decision was based on (optimistic locking)
 * @param dateDepotAvant     the kept demande's date de dépôt before the merge
 * @param dateDepot          its date de dépôt after: the earlier of the two
 * @param rapprochement      why the two demandes were taken for one person's, as the actor confirmed it
 */
public record DemandesFusionnees(DemandeRadiee radiation, NumeroUnique numeroConserve, String territoireConserve,
        int versionConservee, LocalDate dateDepotAvant, LocalDate dateDepot,
        PolitiqueFusion.Rapprochement rapprochement) implements EvenementDemande {

    @Override
    public TypeMouvement type() {
        return TypeMouvement.RAD;
    }

    @Override
    public String territoire() {
        return radiation.territoire();
    }

    @Override
    public @Nullable String guichet() {
        return radiation.guichet();
    }

    @Override
    public Acteur acteur() {
        return radiation.acteur();
    }

    @Override
    public Instant horodatage() {
        return radiation.horodatage();
    }

    /** @return true when the kept demande takes the merged one's earlier date de dépôt */
    public boolean dateDepotReprise() {
        return !dateDepot.equals(dateDepotAvant);
    }
}
