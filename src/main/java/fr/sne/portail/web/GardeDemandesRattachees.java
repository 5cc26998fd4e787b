package fr.sne.portail.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Before any handler of a route {@code /portail/demandes/{numero}/**}, whoever wrote it: the numéro must be attached
 * to the signed-in applicant's account, otherwise the answer is the page of an unknown demande (404), the same for
 * a numéro that exists and one that does not. Controllers may ask {@link DemandeurConnecte#numeroRattache} again.
 */
@Component
class GardeDemandesRattachees implements HandlerInterceptor {

    /** The routes guarded: their pattern starts with it. */
    static final String PREFIXE = "/portail/demandes/{numero}";

    private final DemandeurConnecte demandeur;

    GardeDemandesRattachees(DemandeurConnecte demandeur) {
        this.demandeur = demandeur;
    }

    @Override
    public boolean preHandle(HttpServletRequest requete, HttpServletResponse reponse, Object handler) {
        if (requete.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String motif
                && (motif.equals(PREFIXE) || motif.startsWith(PREFIXE + "/"))) {
            Object variables = requete.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            Object numero = variables instanceof Map<?, ?> v ? v.get("numero") : null;
            if (!(numero instanceof String n)) {
                throw new DemandeIntrouvable();
            }
            demandeur.numeroRattache(n);
        }
        return true;
    }
}
