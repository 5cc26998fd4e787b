package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * The mixité obligations of L441-1 CCH for one EPCI and year, from its attributions followed by a signed lease:
 * at least 25 % of those outside a QPV go to households of the first quartile, at least 50 % of those inside a QPV
 * go to households of the other three quartiles. An attribution whose quartile is unknown (no threshold, no
 * resources per UC) counts in the totals but for neither objective (it cannot be shown to meet it).
 *
 * @param horsQpv              leases outside QPV
 * @param horsQpvPremierQuartile of which to first-quartile households
 * @param enQpv                leases inside QPV
 * @param enQpvAutresQuartiles of which to households of the other quartiles
 * @param quartileInconnu      leases whose quartile is unknown, inside or outside QPV
 */
public record Mixite(String epci, int annee, long horsQpv, long horsQpvPremierQuartile, long enQpv,
        long enQpvAutresQuartiles, long quartileInconnu) {

    /** L441-1: share of the leases outside QPV to first-quartile households. */
    public static final BigDecimal OBJECTIF_HORS_QPV = new BigDecimal("0.25");
    /** L441-1: share of the leases inside QPV to households of the other quartiles. */
    public static final BigDecimal OBJECTIF_EN_QPV = new BigDecimal("0.50");

    /** The share outside QPV to Q1 households (0 to 1, four decimals); null without lease outside QPV. */
    public @Nullable BigDecimal partHorsQpvPremierQuartile() {
        return part(horsQpvPremierQuartile, horsQpv);
    }

    /** The share inside QPV to the other quartiles; null without lease inside QPV. */
    public @Nullable BigDecimal partEnQpvAutresQuartiles() {
        return part(enQpvAutresQuartiles, enQpv);
    }

    /** Whether the objective outside QPV is met; null without lease outside QPV. */
    public @Nullable Boolean objectifHorsQpvAtteint() {
        BigDecimal p = partHorsQpvPremierQuartile();
        return p == null ? null : p.compareTo(OBJECTIF_HORS_QPV) >= 0;
    }

    /** Whether the objective inside QPV is met; null without lease inside QPV. */
    public @Nullable Boolean objectifEnQpvAtteint() {
        BigDecimal p = partEnQpvAutresQuartiles();
        return p == null ? null : p.compareTo(OBJECTIF_EN_QPV) >= 0;
    }

    private static @Nullable BigDecimal part(long n, long total) {
        return total == 0 ? null : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
