package fr.sne.attribution.domaine;

import java.math.BigDecimal;

/**
 * A household's annual resources per consumption unit and whether they fall in the first quartile of its EPCI's
 * demandeurs for the year (L441-1 CCH).
 *
 * @param annee  the year of the thresholds applied
 * @param seuil  the first quartile's threshold of the EPCI that year (€ per UC per year)
 */
public record PositionQuartile(BigDecimal ressourcesAnnuellesUc, int annee, int seuil, boolean premierQuartile) {
}
