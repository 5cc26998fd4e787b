package fr.sne.gestion.application;

import org.springframework.stereotype.Component;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;

/** The demande of a numéro if the actor may see it (R441-2-6 CCH), else the 404 of a numéro that does not exist. */
@Component
class DemandeVisible {

    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;

    DemandeVisible(LectureDemandes lecture, VisibiliteDemandes visibilite) {
        this.lecture = lecture;
        this.visibilite = visibilite;
    }

    DemandeLue lire(String numeroUnique, Acteur acteur) {
        if (!numeroUnique.matches("[0-9A-Z]{18}")) {
            throw introuvable(numeroUnique);
        }
        return lecture.lire(numeroUnique)
                .filter(d -> visibilite.peutVoir(acteur, d))
                .orElseThrow(() -> introuvable(numeroUnique));
    }

    private static RessourceIntrouvableException introuvable(String numero) {
        return new RessourceIntrouvableException("Aucune demande "
                + (numero.length() > 18 ? numero.substring(0, 18) + "…" : numero) + " sur votre territoire.");
    }
}
