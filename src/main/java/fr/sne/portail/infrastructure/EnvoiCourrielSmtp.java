package fr.sne.portail.infrastructure;

import org.springframework.stereotype.Component;

import fr.sne.commun.courriel.ExpediteurCourriels;
import fr.sne.portail.application.port.EnvoiCourriel;
import fr.sne.portail.application.port.EnvoiImpossibleException;

/**
 * {@link EnvoiCourriel} through the registry's one e-mail sender ({@link ExpediteurCourriels}), under
 * {@link Protection}.
 */
@Component
class EnvoiCourrielSmtp implements EnvoiCourriel {

    private final ExpediteurCourriels expediteur;
    private final Protection protection;

    EnvoiCourrielSmtp(ExpediteurCourriels expediteur, Protection protection) {
        this.expediteur = expediteur;
        this.protection = protection;
    }

    @Override
    public void envoyer(String destinataire, String objet, String texte) {
        protection.appeler("courriel", () -> {
            try {
                expediteur.envoyer(destinataire, objet, texte);
            } catch (ExpediteurCourriels.CourrielNonEnvoyeException e) {
                throw new EnvoiImpossibleException(e.getMessage(), e);
            }
        });
    }
}
