package fr.sne.demande.application.validation;

import java.math.BigDecimal;

/**
 * What an amount of a demande may be (rent, allowance, resources, revenu fiscal de référence): positive or
 * zero, in euros to the cent, below {@link #PLAFOND}; else {@code MONTANT_INVALIDE}. The validation applies it to
 * every amount, and the web forms before keeping a typed amount in a draft.
 */
public final class RegleMontant {

    /** No amount of a demande reaches a hundred million euros. */
    public static final BigDecimal PLAFOND = new BigDecimal("100000000");

    private RegleMontant() {
    }

    public static boolean recevable(BigDecimal montant) {
        return montant.signum() >= 0 && montant.scale() <= 2 && montant.compareTo(PLAFOND) < 0;
    }
}
