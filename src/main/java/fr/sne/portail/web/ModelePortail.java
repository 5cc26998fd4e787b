package fr.sne.portail.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What the portal's layout needs on every page of the portal's controllers (this module's, whoever wrote them):
 * the language and its direction, the current path (for the language links), the signed-in applicant's name; and
 * the page of an unknown demande, the one answer for a numéro not attached to the account.
 */
@ControllerAdvice(basePackages = "fr.sne.portail")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelePortail {

    private final DemandeurConnecte demandeur;

    ModelePortail(DemandeurConnecte demandeur) {
        this.demandeur = demandeur;
    }

    @ModelAttribute("langue")
    String langue() {
        return LanguesPortail.langue(LocaleContextHolder.getLocale()).getLanguage();
    }

    @ModelAttribute("sens")
    String sens() {
        return sens(LocaleContextHolder.getLocale());
    }

    @ModelAttribute("chemin")
    String chemin(HttpServletRequest requete) {
        return requete.getRequestURI().substring(requete.getContextPath().length());
    }

    @ModelAttribute("nomDemandeur")
    @Nullable String nomDemandeur() {
        return demandeur.estConnecte() ? demandeur.identite().nomAffiche() : null;
    }

    /** The page of an unknown demande (the model attributes above are not applied to an exception's view). */
    @ExceptionHandler(DemandeIntrouvable.class)
    ModelAndView introuvable() {
        ModelAndView page = new ModelAndView("portail/introuvable", HttpStatus.NOT_FOUND);
        page.addObject("langue", langue());
        page.addObject("sens", sens());
        // the language links lead to the list: the page does not repeat the numéro asked for
        page.addObject("chemin", "/portail/demandes");
        page.addObject("nomDemandeur", nomDemandeur());
        return page;
    }

    /** @return {@code rtl} for a language written right to left, {@code ltr} otherwise */
    static String sens(Locale locale) {
        return LanguesPortail.DROITE_A_GAUCHE.contains(LanguesPortail.langue(locale).getLanguage()) ? "rtl" : "ltr";
    }
}
