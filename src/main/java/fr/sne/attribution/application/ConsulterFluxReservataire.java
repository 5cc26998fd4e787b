package fr.sne.attribution.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.FluxAttributionsImputees;
import fr.sne.attribution.domaine.FluxLigne;
import fr.sne.attribution.domaine.LogementsMisEnAttribution;
import fr.sne.attribution.domaine.PartFlux;
import fr.sne.attribution.domaine.PartFluxRegistre;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.commun.acteur.Acteur;

/**
 * A réservataire's flux for a year, per bailleur: its share, the objective (the share times the dwellings the
 * bailleur put to attribution in the year), the leases charged to it (attribution facts naming it) and the gap.
 * Every actor whose scope covers the réservataire's territory reads it.
 */
@Service
public class ConsulterFluxReservataire {

    /** The flux of a réservataire for a year, with its totals. */
    public record FluxReservataire(ReservataireInscrit reservataire, int annee, List<FluxBailleur> lignes,
            BigDecimal objectif, long attributions, BigDecimal ecart) {
    }

    /** A bailleur's line, with the bailleur's name when the registry of bailleurs knows it in the territory. */
    public record FluxBailleur(FluxLigne ligne, @Nullable String nomBailleur) {
    }

    private final ReservataireRegistre registre;
    private final PartFluxRegistre parts;
    private final LogementsMisEnAttribution logements;
    private final FluxAttributionsImputees imputees;
    private final ReservataireBailleurs bailleurs;

    ConsulterFluxReservataire(ReservataireRegistre registre, PartFluxRegistre parts,
            LogementsMisEnAttribution logements, FluxAttributionsImputees imputees, ReservataireBailleurs bailleurs) {
        this.registre = registre;
        this.parts = parts;
        this.logements = logements;
        this.imputees = imputees;
        this.bailleurs = bailleurs;
    }

    /** @throws fr.sne.commun.RessourceIntrouvableException when unknown or out of the actor's scope */
    @Transactional(readOnly = true)
    public FluxReservataire executer(Acteur acteur, long id, int annee) {
        ReservataireInscrit reservataire = ReservatairePerimetre.visible(registre, acteur, id);
        Map<Optional<String>, Long> attributions = imputees.parBailleur(id, annee);
        Map<String, String> noms = bailleurs.duTerritoire(reservataire.territoire());
        Set<Optional<String>> sirens = new LinkedHashSet<>();
        List<PartFlux> partsDuReservataire = parts.duReservataire(id, annee);
        partsDuReservataire.forEach(p -> sirens.add(Optional.of(p.sirenBailleur())));
        sirens.addAll(attributions.keySet());
        List<FluxBailleur> lignes = new ArrayList<>();
        for (Optional<String> siren : sirens) {
            BigDecimal part = siren.flatMap(s -> partsDuReservataire.stream()
                    .filter(p -> p.sirenBailleur().equals(s)).findFirst()).map(PartFlux::part).orElse(BigDecimal.ZERO);
            long parc = siren.map(s -> logements.nombre(s, annee)).orElse(0L);
            lignes.add(new FluxBailleur(FluxLigne.de(siren.orElse(null), part, parc,
                    attributions.getOrDefault(siren, 0L)), siren.map(noms::get).orElse(null)));
        }
        lignes.sort(Comparator.comparing((FluxBailleur l) -> l.nomBailleur() == null ? "\uffff" : l.nomBailleur())
                .thenComparing(l -> l.ligne().sirenBailleur() == null ? "" : l.ligne().sirenBailleur()));
        BigDecimal objectif = lignes.stream().map(l -> l.ligne().objectif()).reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add);
        long total = lignes.stream().mapToLong(l -> l.ligne().attributions()).sum();
        return new FluxReservataire(reservataire, annee, lignes, objectif, total,
                BigDecimal.valueOf(total).subtract(objectif));
    }
}
