package fr.sne.attribution.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import fr.sne.attribution.domaine.SituationQuartile;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;

/**
 * A demande's annual resources per consumption unit and its position against the first quartile of its first
 * commune souhaitée's EPCI, today, for an actor who may see it.
 */
@Service
public class ConsulterRessourcesParUc {

    private final LectureDemandes demandes;
    private final VisibiliteDemandes visibilite;
    private final SituerDansLesQuartiles quartiles;
    private final Clock horloge;

    ConsulterRessourcesParUc(LectureDemandes demandes, VisibiliteDemandes visibilite,
            SituerDansLesQuartiles quartiles, Clock horloge) {
        this.demandes = demandes;
        this.visibilite = visibilite;
        this.quartiles = quartiles;
        this.horloge = horloge;
    }

    public SituationQuartile executer(String numeroUnique, Acteur acteur) {
        DemandeLue demande = demandes.lire(numeroUnique)
                .filter(d -> visibilite.peutVoir(acteur, d))
                .orElseThrow(() -> new RessourceIntrouvableException(CodeMotif.INTROUVABLE,
                        "Aucune demande " + numeroUnique + " visible par l'appelant."));
        if (demande.donneesEffacees()) {
            throw new RessourceIntrouvableException(CodeMotif.DONNEES_EFFACEES, CodeMotif.DONNEES_EFFACEES.message());
        }
        return quartiles.executer(demande, LocalDate.now(horloge));
    }
}
