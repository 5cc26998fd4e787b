package fr.sne.pieces.infrastructure;

import org.springframework.stereotype.Component;

import fr.sne.commun.courriel.ExpediteurCourriels;
import fr.sne.pieces.application.port.CourrielsDemandeurs;

/** {@link CourrielsDemandeurs} through the registry's one e-mail sender ({@link ExpediteurCourriels}). */
@Component
class CourrielsDemandeursSmtp implements CourrielsDemandeurs {

    private final ExpediteurCourriels expediteur;

    CourrielsDemandeursSmtp(ExpediteurCourriels expediteur) {
        this.expediteur = expediteur;
    }

    @Override
    public void envoyer(String destinataire, String objet, String texte, String nomPieceJointe, byte[] pdf) {
        try {
            expediteur.envoyer(destinataire, objet, texte, nomPieceJointe, pdf);
        } catch (ExpediteurCourriels.CourrielNonEnvoyeException e) {
            throw new CourrielImpossibleException(e.getMessage(), e);
        }
    }
}
