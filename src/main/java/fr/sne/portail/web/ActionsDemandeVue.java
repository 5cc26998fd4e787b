package fr.sne.portail.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.demande.DemarchesDemandeur;
import fr.sne.demande.DemarchesDemandeur.DemandeDuDemandeur;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the actions fragment of a demande's page ({@code portail/demande-actions :: actions}) needs: what the
 * applicant may do with it now and from when he may renew, as the registry says ({@link DemarchesDemandeur}),
 * read for that page only.
 */
@ControllerAdvice(assignableTypes = PagesPortail.class)
class ActionsDemandeVue {

    private final DemarchesDemandeur demarches;
    private final DemandeurConnecte demandeur;

    ActionsDemandeVue(DemarchesDemandeur demarches, DemandeurConnecte demandeur) {
        this.demarches = demarches;
        this.demandeur = demandeur;
    }

    @ModelAttribute("demarches")
    @Nullable DemandeDuDemandeur demarches(HttpServletRequest requete) {
        if (!"/portail/demandes/{numero}".equals(requete.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
                || !(requete.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                        instanceof java.util.Map<?, ?> variables)
                || !(variables.get("numero") instanceof String numero) || !demandeur.estConnecte()) {
            return null;
        }
        try {
            return demandeur.acteur().demandesRattachees().contains(numero)
                    ? demarches.lire(numero, demandeur.acteur()) : null;
        } catch (RessourceIntrouvableException introuvable) {
            return null;
        }
    }
}
