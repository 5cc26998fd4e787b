package fr.sne.attribution.application;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.guichet.Bailleur;
import fr.sne.guichet.Bailleurs;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * The bailleurs of a territory, whose flux its réservataires share: those owning rental stock in at least one of its
 * communes (the registry of bailleurs, module guichet).
 */
@Component
public class ReservataireBailleurs {

    private final Bailleurs bailleurs;
    private final ReferentielGeographique referentiel;

    ReservataireBailleurs(Bailleurs bailleurs, ReferentielGeographique referentiel) {
        this.bailleurs = bailleurs;
        this.referentiel = referentiel;
    }

    /** @return SIREN → name, sorted by name */
    public Map<String, String> duTerritoire(String territoire) {
        Map<String, String> noms = new LinkedHashMap<>();
        for (Bailleur b : bailleurs.presentsDans(referentiel.communesDuTerritoire(territoire).stream()
                .map(Commune::code).toList())) {
            noms.put(b.siren(), b.nom());
        }
        return noms;
    }
}
