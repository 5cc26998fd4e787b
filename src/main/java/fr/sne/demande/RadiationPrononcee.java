package fr.sne.demande;

import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A demande was radiated (movement RAD), as the other modules hear of it: published in the radiation's
 * transaction, whatever wrote it (a guichet's request, another module through {@link CycleDeVieDemandes}, the
 * nightly pass), so that a listener ({@code @EventListener}) writes its own rows with it or rolls it back.
 *
 * @param motif    the letter of R441-2-8 CCH
 * @param guichet  the guichet that radiated (null for the nightly pass or a merge)
 * @param donnees  motive a: {@code identifiantRpls}, {@code accordCollectif}, {@code prioritaireDalo},
 *                 {@code contingent}, {@code qpv} and, when given, {@code reservataire}; otherwise as recorded
 */
public record RadiationPrononcee(String numeroUnique, String territoire, @Nullable String guichet, String motif,
        @Nullable String sousMotif, LocalDate dateRadiation, Map<String, Object> donnees) {

    public RadiationPrononcee {
        donnees = Map.copyOf(donnees);
    }

    /** Whether the radiation is for an attribution followed by a signed lease (motive a). */
    public boolean pourAttribution() {
        return "a".equals(motif);
    }
}
