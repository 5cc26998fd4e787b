package fr.sne.demande.application;

import java.util.List;

import org.springframework.stereotype.Service;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.application.port.Demandes;

/**
 * The warnings recorded for a demande before a radiation for no answer (c) or irrecevabilité (d), oldest first,
 * each with the date from which the radiation it announces is possible (one month after its sending, L441-2-1
 * CCH). A warning names no person: it is shown with the demande already read (and journaled) by the screen.
 */
@Service
public class ConsulterAvertissements {

    private final Demandes demandes;
    private final VisibiliteDemandes visibilite;

    ConsulterAvertissements(Demandes demandes, VisibiliteDemandes visibilite) {
        this.demandes = demandes;
        this.visibilite = visibilite;
    }

    /** The warnings of a demande the actor sees (R441-2-6 CCH); any other is "not found", as everywhere. */
    public List<Avertissement> executer(Demande demande, Acteur acteur) {
        if (!visibilite.peutVoir(acteur, demande.numeroUnique())) {
            throw new RessourceIntrouvableException("Aucune demande " + demande.numeroUnique().valeur()
                    + " sur votre territoire.");
        }
        return demandes.avertissements(demande.numeroUnique());
    }
}
