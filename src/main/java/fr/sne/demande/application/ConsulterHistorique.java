package fr.sne.demande.application;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.infrastructure.DemandeRepository;
import fr.sne.demande.infrastructure.DemandeRepository.MouvementEcrit;

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

    public List<MouvementEcrit> executer(String numeroUnique, Acteur acteur) {
        Demande demande = cycle.lireVisible(numeroUnique, acteur);
        return demandes.mouvements(demande.numeroUnique());
    }
}
