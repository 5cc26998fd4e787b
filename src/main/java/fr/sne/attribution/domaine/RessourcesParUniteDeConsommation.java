package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The annual resources per consumption unit (UC) of a household (L441-1 CCH, the first-quartile rule): the
 * declared monthly resources × 12 ÷ the household's UCs, on the modified OECD scale the INSEE uses: 1 for the
 * first person, 0.5 for each other person aged 14 or more, 0.3 for each child under 14 (ADR 0016). Ages are taken
 * on the day of the computation; a person whose birth date is not given counts as 14 or more (0.5); expected
 * births are not yet in the household and count for nothing.
 */
public final class RessourcesParUniteDeConsommation {

    static final BigDecimal PREMIERE_PERSONNE = BigDecimal.ONE;
    static final BigDecimal AUTRE_PERSONNE = new BigDecimal("0.5");
    static final BigDecimal ENFANT_DE_MOINS_DE_14_ANS = new BigDecimal("0.3");
    static final int AGE_ADULTE_UC = 14;

    private RessourcesParUniteDeConsommation() {
    }

    /**
     * The consumption units of a household, its persons given by birth date (null: not given), the first being
     * the applicant. An empty household has none (zero).
     */
    public static BigDecimal unites(List<@Nullable LocalDate> naissances, LocalDate jour) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < naissances.size(); i++) {
            if (i == 0) {
                total = total.add(PREMIERE_PERSONNE);
                continue;
            }
            LocalDate naissance = naissances.get(i);
            boolean enfant = naissance != null && Period.between(naissance, jour).getYears() < AGE_ADULTE_UC;
            total = total.add(enfant ? ENFANT_DE_MOINS_DE_14_ANS : AUTRE_PERSONNE);
        }
        return total;
    }

    /**
     * Monthly resources × 12 ÷ the units, to the euro cent (half up); null for a household without units.
     */
    public static @Nullable BigDecimal annuellesParUnite(BigDecimal ressourcesMensuelles, BigDecimal unites) {
        if (unites.signum() <= 0) {
            return null;
        }
        return ressourcesMensuelles.multiply(BigDecimal.valueOf(12)).divide(unites, 2, RoundingMode.HALF_UP);
    }
}
