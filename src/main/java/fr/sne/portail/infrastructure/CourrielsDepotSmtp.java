package fr.sne.portail.infrastructure;

import org.springframework.stereotype.Component;

import fr.sne.commun.courriel.ExpediteurCourriels;
import fr.sne.portail.application.port.CourrielsDepot;

/** {@link CourrielsDepot} through the registry's one e-mail sender ({@link ExpediteurCourriels}). */
@Component
class CourrielsDepotSmtp implements CourrielsDepot {

    private final ExpediteurCourriels expediteur;

    CourrielsDepotSmtp(ExpediteurCourriels expediteur) {
        this.expediteur = expediteur;
    }

    @Override
    public void envoyer(String destinataire, String objet, String texte, String nomPieceJointe, byte[] pdf) {
        expediteur.envoyer(destinataire, objet, texte, nomPieceJointe, pdf);
    }
}
