package fr.sne.demande;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A demande was radiated (movement RAD), as the other modules hear of it: published in the radiation's
 * transaction, whatever wrote it (a guichet's request, another module through {@link CycleDeVieDemandes}, the
 * nightly pass), so that a listener ({@code @EventListener}) writes its own rows with it or rolls it back.
 *
 * @param motif                the letter of R441-2-8 CCH
 * @param guichet              the guichet that radiated (null for the nightly pass or a merge)
 * @param sousMotif            motive d: {@code PLAFOND_RESSOURCES} or {@code SEJOUR_IRREGULIER}; otherwise null
 * @param attribution          motive a: the data of R441-2-9 CCH and what the attribution fact needs; otherwise null
 * @param numeroUniqueConserve motive f: the demande kept by the merge; otherwise null
 */
public record RadiationPrononcee(String numeroUnique, String territoire, @Nullable String guichet, String motif,
        @Nullable String sousMotif, LocalDate dateRadiation, CycleDeVieDemandes.@Nullable DonneesBail attribution,
        @Nullable String numeroUniqueConserve) {

    /** Whether the radiation is for an attribution followed by a signed lease (motive a). */
    public boolean pourAttribution() {
        return attribution != null;
    }
}
