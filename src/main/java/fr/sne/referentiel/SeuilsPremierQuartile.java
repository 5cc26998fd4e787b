package fr.sne.referentiel;

import java.util.Optional;

/**
 * The first-quartile thresholds of the yearly arrêtés (L441-1 CCH): per EPCI of the reform and year, the highest
 * annual resources per consumption unit of the lowest-resource quarter of the demandeurs; Île-de-France is one
 * territory with one value (a commune of Île-de-France takes it whatever its EPCI).
 */
public interface SeuilsPremierQuartile {

    /**
     * The threshold that applies to a commune in a year: Île-de-France's for its communes, else its EPCI's; empty
     * when the commune's EPCI has no published threshold that year (not an EPCI of the reform, or a year not
     * published).
     */
    Optional<SeuilQuartile> pourCommune(Commune commune, int annee);

    /** The threshold of an EPCI (its SIREN, or {@code 111} for Île-de-France) in a year, if published. */
    Optional<SeuilQuartile> pourPerimetre(String perimetre, int annee);

    /** Every threshold published for a year (the EPCIs of the reform and Île-de-France), by perimeter. */
    java.util.List<SeuilQuartile> deLAnnee(int annee);

    /** The years for which thresholds are known, in order. */
    java.util.List<Integer> annees();

    /**
     * A published threshold.
     *
     * @param perimetre the EPCI's SIREN, or {@code 111} for Île-de-France
     * @param q1        the first-quartile threshold, € per consumption unit and year
     */
    record SeuilQuartile(int annee, String perimetre, String nom, int q1) {
    }
}
