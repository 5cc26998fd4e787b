package fr.sne.demande.application;

import org.springframework.stereotype.Service;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.infrastructure.DemandeRepository;
import fr.sne.guichet.Guichet;

/**
 * Reads a demande by its numéro unique. A guichet sees the demandes of its own territory only (R441-2-6 CCH);
 * for any other the answer is the same as for a number that does not exist.
 */
@Service
public class ConsulterDemande {

    private final DemandeRepository demandes;

    ConsulterDemande(DemandeRepository demandes) {
        this.demandes = demandes;
    }

    public Demande executer(String numeroUnique, Guichet guichet) {
        if (!NumeroUnique.estBienForme(numeroUnique)) {
            throw introuvable(numeroUnique);
        }
        return demandes.parNumero(numeroUnique)
                .filter(demande -> demande.territoire().equals(guichet.territoire()))
                .orElseThrow(() -> introuvable(numeroUnique));
    }

    private static RessourceIntrouvableException introuvable(String numeroUnique) {
        return new RessourceIntrouvableException("Aucune demande " + numeroUnique + " sur votre territoire.");
    }
}
