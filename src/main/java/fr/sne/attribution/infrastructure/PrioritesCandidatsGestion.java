package fr.sne.attribution.infrastructure;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.sne.attribution.domaine.PrioritesCandidats;
import fr.sne.gestion.PrioritesDemande;

/**
 * The priorities of the candidates from the gestion partagée: a demande with a priority recognised (DALO or a public
 * of L441-1, from its events) comes first in a dwelling's candidates.
 */
@Component
class PrioritesCandidatsGestion implements PrioritesCandidats {

    private final PrioritesDemande priorites;

    PrioritesCandidatsGestion(PrioritesDemande priorites) {
        this.priorites = priorites;
    }

    @Override
    public Set<String> prioritaires(Collection<String> numerosUniques) {
        return priorites.priorites(numerosUniques).entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet());
    }
}
