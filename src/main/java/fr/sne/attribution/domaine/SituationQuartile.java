package fr.sne.attribution.domaine;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * Where a household stands against the first-quartile threshold of a perimeter (an EPCI, or Île-de-France) for a
 * year: at or under the threshold, it is in the first quartile (the arrêté's threshold is the highest resource
 * level of the lowest quarter).
 *
 * @param ressourcesAnnuellesParUc null when the household has no consumption unit (no person)
 * @param perimetre                the EPCI's SIREN or {@code 111}; null when the commune has no threshold
 * @param anneeSeuil               the year of the threshold applied; null when none
 * @param seuil                    € per UC and year; null when none
 * @param premierQuartile          null when no threshold applies (not an EPCI of the reform) or no UC
 */
public record SituationQuartile(BigDecimal ressourcesMensuelles, BigDecimal unitesConsommation,
        @Nullable BigDecimal ressourcesAnnuellesParUc, @Nullable String codeCommune, @Nullable String perimetre,
        @Nullable Integer anneeSeuil, @Nullable Integer seuil, @Nullable Boolean premierQuartile) {

    /** Whether the household is in the first quartile, by the rule (resources per UC at or under the threshold). */
    public static @Nullable Boolean dansLePremierQuartile(@Nullable BigDecimal parUc, @Nullable Integer seuil) {
        if (parUc == null || seuil == null) {
            return null;
        }
        return parUc.compareTo(BigDecimal.valueOf(seuil)) <= 0;
    }
}
