package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Issue;
import fr.sne.commun.Refus;

/**
 * The réservataires' shares of one bailleur's flux for one year, and the legal caps a new share must respect
 * (décret 2020-145 and R441-5 CCH): the préfet reserves at most 30 % of the flux (publics prioritaires and State
 * agents together), of which at most 5 % for the State's civil and military agents; all the réservataires together
 * at most 100 %.
 *
 * @param sirenBailleur the bailleur
 * @param annee         the year
 * @param parts         the shares already set, one per réservataire
 */
public record PartsFluxBailleur(String sirenBailleur, int annee, List<PartFlux> parts) {

    public static final BigDecimal CENT = BigDecimal.valueOf(100);
    /** The préfet's cap: prioritaires and State agents together (R441-5 CCH). */
    public static final BigDecimal PLAFOND_ETAT = BigDecimal.valueOf(30);
    /** Of which the State's agents. */
    public static final BigDecimal PLAFOND_AGENTS_ETAT = BigDecimal.valueOf(5);

    public PartsFluxBailleur {
        parts = List.copyOf(parts);
    }

    /**
     * Sets (or replaces) a réservataire's share, if the caps still hold with it.
     *
     * @return the new share, or a refusal naming the cap and the total it would reach
     */
    public Issue<PartFlux> fixer(long reservataire, ReservataireCategorie categorie, BigDecimal part) {
        PartFlux nouvelle = new PartFlux(reservataire, categorie, sirenBailleur, annee, part);
        List<PartFlux> apres = new ArrayList<>(parts.stream().filter(p -> p.reservataire() != reservataire).toList());
        apres.add(nouvelle);
        BigDecimal agents = somme(apres.stream().filter(p -> p.categorie() == ReservataireCategorie.ETAT_AGENTS));
        if (categorie == ReservataireCategorie.ETAT_AGENTS && agents.compareTo(PLAFOND_AGENTS_ETAT) > 0) {
            return refus(CodeMotif.PART_FLUX_PLAFOND_AGENTS_ETAT, agents);
        }
        BigDecimal etat = somme(apres.stream().filter(p -> p.categorie().etat()));
        if (categorie.etat() && etat.compareTo(PLAFOND_ETAT) > 0) {
            return refus(CodeMotif.PART_FLUX_PLAFOND_ETAT, etat);
        }
        BigDecimal total = somme(apres.stream());
        if (total.compareTo(CENT) > 0) {
            return refus(CodeMotif.PART_FLUX_TOTAL_DEPASSE, total);
        }
        return Issue.acceptee(nouvelle);
    }

    /** The total of the shares, in percent. */
    public BigDecimal total() {
        return somme(parts.stream());
    }

    private static BigDecimal somme(Stream<PartFlux> parts) {
        return parts.map(PartFlux::part).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Issue<PartFlux> refus(CodeMotif code, BigDecimal total) {
        return Issue.refusee(Refus.de(code, Map.of("siren", sirenBailleur, "annee", annee,
                "total", pourcentage(total))).avecDetails(Map.of("total", total, "sirenBailleur", sirenBailleur,
                        "annee", annee)));
    }

    /** A percentage as the pages write it: {@code 35}, {@code 12,5}. */
    public static String pourcentage(BigDecimal valeur) {
        return valeur.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
