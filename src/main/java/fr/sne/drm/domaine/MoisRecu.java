package fr.sne.drm.domaine;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** One month of resources as the DRM gave it: an amount per nature. */
public record MoisRecu(YearMonth mois, List<Montant> montants) {

    public MoisRecu {
        montants = List.copyOf(montants);
    }

    /** An amount in euros of one nature. */
    public record Montant(String nature, BigDecimal montant) {
    }
}
