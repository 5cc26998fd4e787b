package fr.sne.demande.application;

import org.springframework.stereotype.Service;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.application.port.Demandes;

/**
 * Reads a demande by its numéro unique. An actor sees only the demandes {@link VisibiliteDemandes} lets it see
 * (R441-2-6 CCH); for any other the answer is the same as for a number that does not exist.
 */
@Service
public class ConsulterDemande {

    private final Demandes demandes;
    private final VisibiliteDemandes visibilite;

    ConsulterDemande(Demandes demandes, VisibiliteDemandes visibilite) {
        this.demandes = demandes;
        this.visibilite = visibilite;
    }

    public Demande executer(String numeroUnique, Acteur acteur) {
        // the territory is the number's first part: a demande outside the actor's scope is not even read
        if (!NumeroUnique.estBienForme(numeroUnique)
                || !visibilite.peutVoir(acteur, new NumeroUnique(numeroUnique))) {
            throw introuvable(numeroUnique);
        }
        return demandes.parNumero(numeroUnique)
                .filter(demande -> visibilite.peutVoir(acteur, demande.numeroUnique()))
                .orElseThrow(() -> introuvable(numeroUnique));
    }

    private static RessourceIntrouvableException introuvable(String numeroUnique) {
        return new RessourceIntrouvableException("Aucune demande " + numeroUnique + " sur votre territoire.");
    }
}
