package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A réservataire's share of a bailleur's flux for a year (décret 2020-145): that percentage of the dwellings the
 * bailleur puts to attribution in the year is attributed on the réservataire's proposal.
 *
 * @param reservataire  the réservataire's id
 * @param categorie     its kind (the caps depend on it)
 * @param sirenBailleur the bailleur's SIREN
 * @param annee         the year
 * @param part          a percentage, 0 to 100, two decimals at most
 */
public record PartFlux(long reservataire, ReservataireCategorie categorie, String sirenBailleur, int annee,
        BigDecimal part) {

    public PartFlux {
        Objects.requireNonNull(categorie, "categorie");
        if (part.signum() < 0 || part.compareTo(PartsFluxBailleur.CENT) > 0 || part.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("part hors de 0 à 100 ou à plus de deux décimales : " + part);
        }
    }
}
