package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A household as the income ceilings see it: its persons (adults — the applicant and the co-demandeurs — and
 * dependants, with their birth dates when known), its expected births, and the revenus fiscaux de référence of
 * years N-2 and N-1 of its adults.
 */
public record Menage(int adultes, List<@Nullable LocalDate> naissancesAdultes, int personnesACharge,
        int personnesANaitre, @Nullable BigDecimal revenuFiscalN2, @Nullable BigDecimal revenuFiscalN1) {

    public Menage {
        naissancesAdultes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(naissancesAdultes));
    }

    /** The persons to house. */
    public int taille() {
        return adultes + personnesACharge + personnesANaitre;
    }

    /**
     * The household category of the income ceilings (arrêté du 29 juillet 1987): 1 a single person; 2 two persons
     * without dependant, a "jeune ménage" apart; 3 three persons, a single person with one dependant, or a jeune
     * ménage (a couple whose ages add up to 55 at most) without dependant; 4 four persons or a single person with
     * two dependants; and so on, one more per person; beyond 6, {@link Bareme#plafond} adds an amount per person.
     */
    public int categorie(LocalDate jour) {
        int aCharge = personnesACharge + personnesANaitre;
        int taille = taille();
        if (taille <= 1) {
            return 1;
        }
        if (adultes == 1 && aCharge >= 1) {
            return taille + 1;
        }
        if (taille == 2 && adultes == 2 && jeuneMenage(jour)) {
            return 3;
        }
        return taille;
    }

    /** A couple whose ages add up to 55 years at most (both birth dates known). */
    boolean jeuneMenage(LocalDate jour) {
        if (naissancesAdultes.size() != 2 || naissancesAdultes.contains(null)) {
            return false;
        }
        int ages = 0;
        for (LocalDate naissance : naissancesAdultes) {
            ages += Period.between(naissance, jour).getYears();
        }
        return ages <= 55;
    }

    /**
     * The resources compared with the ceiling: the revenus fiscaux of year N-2; those of N-1 when they are at least
     * 10 % lower, or when N-2 is not declared. Empty when neither is declared.
     */
    public java.util.Optional<BigDecimal> ressourcesRetenues() {
        if (revenuFiscalN2 == null) {
            return java.util.Optional.ofNullable(revenuFiscalN1);
        }
        if (revenuFiscalN1 != null
                && revenuFiscalN1.compareTo(revenuFiscalN2.multiply(new BigDecimal("0.9"))) <= 0) {
            return java.util.Optional.of(revenuFiscalN1);
        }
        return java.util.Optional.of(revenuFiscalN2);
    }
}
