package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One bailleur's line of a réservataire's flux for a year: its share, the objective it gives (the share times the
 * dwellings the bailleur put to attribution in the year), the attributions charged to the réservataire (leases
 * signed on its proposal) and the gap between them.
 *
 * @param sirenBailleur the bailleur, null for attributions whose guichet was linked to no bailleur
 * @param part          the share in percent (0 when none was set)
 * @param logements     the dwellings the bailleur put to attribution in the year
 * @param objectif      {@code part × logements / 100}, two decimals
 * @param attributions  the leases charged to the réservataire
 * @param ecart         {@code attributions − objectif}: negative while the objective is not reached
 */
public record FluxLigne(@Nullable String sirenBailleur, BigDecimal part, long logements, BigDecimal objectif,
        long attributions, BigDecimal ecart) {

    /** The line of a share, the bailleur's dwellings and the attributions charged. */
    public static FluxLigne de(@Nullable String sirenBailleur, BigDecimal part, long logements, long attributions) {
        BigDecimal objectif = part.multiply(BigDecimal.valueOf(logements))
                .divide(PartsFluxBailleur.CENT, 2, RoundingMode.HALF_UP);
        return new FluxLigne(sirenBailleur, part, logements, objectif, attributions,
                BigDecimal.valueOf(attributions).subtract(objectif).setScale(2, RoundingMode.UNNECESSARY));
    }
}
