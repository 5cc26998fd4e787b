package fr.sne.demande.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.ActionPermise;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.application.port.Demandes;

/**
 * Which lifecycle actions an actor may take now on a demande he sees, as the demande says it
 * ({@link Demande#actionsPermises}): for the API's representation of a demande and the buttons of its page. The
 * warnings are read only for an active demande: a radiated one refuses every radiation before looking at them.
 */
@Service
public class ConsulterActionsPermises {

    private final Demandes demandes;
    private final Clock horloge;
    private final ConnexionPendantRenouvellement connexion;

    ConsulterActionsPermises(Demandes demandes, Clock horloge, ConnexionPendantRenouvellement connexion) {
        this.demandes = demandes;
        this.horloge = horloge;
        this.connexion = connexion;
    }

    /** @param demande a demande already read for this actor (its visibility checked) */
    public List<ActionPermise> executer(Demande demande, Acteur acteur) {
        return demande.actionsPermises(acteur, LocalDate.now(horloge),
                demande.estActive() ? demandes.avertissements(demande.numeroUnique()) : List.of(),
                connexion.de(demande));
    }
}
