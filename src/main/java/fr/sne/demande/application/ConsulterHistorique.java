package fr.sne.demande.application;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.infrastructure.DemandeRepository;
import tools.jackson.databind.JsonNode;

/**
 * The history of a demande: every movement of its journal, in order, for an actor who may see the demande
 * (radiated ones included, while they are kept).
 */
@Service
public class ConsulterHistorique {

    private final CycleDeVie cycle;
    private final DemandeRepository demandes;

    ConsulterHistorique(CycleDeVie cycle, DemandeRepository demandes) {
        this.cycle = cycle;
        this.demandes = demandes;
    }

    /**
     * A movement as written: its type, when, the guichet that made it or for which its actor acted (null for an
     * actor acting for no guichet), and its versioned document (see the movement feed).
     */
    public record MouvementLu(String type, Instant horodatage, @Nullable String guichet, JsonNode document) {
    }

    public List<MouvementLu> executer(String numeroUnique, Acteur acteur) {
        Demande demande = cycle.lireVisible(numeroUnique, acteur);
        return demandes.mouvements(demande.numeroUnique()).stream()
                .map(m -> new MouvementLu(m.type(), m.horodatage(), m.guichet(), m.document())).toList();
    }
}
