package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The income ceiling of a dwelling for a household, and whether the household is under it (article R441-1 and
 * arrêté du 29 juillet 1987). PLS ceilings are those of PLUS raised by 30 %, the usual rule (ADR 0014).
 *
 * @param plafond     € per year, for the household's category
 * @param ressources  the household's resources retained (null when it declared none)
 * @param auDessus    true when its resources exceed the ceiling
 * @param motif       why it is above (null when not above)
 */
public record PlafondRessources(Financement financement, int anneeBareme, int categorie, int plafond,
        @Nullable BigDecimal ressources, boolean auDessus, @Nullable String motif) {

    /** The PLS ceiling: 130 % of PLUS. */
    static final BigDecimal MAJORATION_PLS = new BigDecimal("1.3");

    /**
     * Examines a household against a dwelling's financing.
     *
     * @param bareme the barème of the financing's ceilings ({@link Financement#bareme()}) in force that day
     */
    public static PlafondRessources examiner(Financement financement, Bareme bareme, Menage menage, LocalDate jour) {
        int categorie = menage.categorie(jour);
        int plafond = bareme.plafond(categorie);
        if (financement == Financement.PLS) {
            plafond = BigDecimal.valueOf(plafond).multiply(MAJORATION_PLS).setScale(0, RoundingMode.DOWN).intValue();
        }
        Optional<BigDecimal> ressources = menage.ressourcesRetenues();
        boolean auDessus = ressources.isPresent() && ressources.get().compareTo(BigDecimal.valueOf(plafond)) > 0;
        String motif = auDessus ? "Ressources de " + ressources.get().setScale(0, RoundingMode.HALF_UP) + " € au-dessus "
                + "du plafond " + financement.name() + " de " + plafond + " € (catégorie de ménage " + categorie
                + ", barème " + bareme.annee() + ")." : null;
        return new PlafondRessources(financement, bareme.annee(), categorie, plafond, ressources.orElse(null),
                auDessus, motif);
    }
}
