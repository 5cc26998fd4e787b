package fr.sne.attribution.infrastructure;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;

import fr.sne.attribution.domaine.PrioritesCandidats;

/**
 * No priority recognised yet: the priorities of the gestion partagée ({@code fr.sne.gestion.PrioritesDemande}) take
 * this place when they are merged.
 */
@Component
class PrioritesCandidatsAucune implements PrioritesCandidats {

    @Override
    public Set<String> prioritaires(Collection<String> numerosUniques) {
        return Set.of();
    }
}
