package fr.sne.pro;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.PagesWeb;
import fr.sne.commun.RessourceIntrouvableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What every page of the application needs, for the controllers marked {@link PagesWeb} of any module: the
 * signed-in agent (header, menu by role), the session's lifetime (the expiry warning), and the error pages. A
 * demande out of the agent's scope is answered as if it did not exist (404), as R441-2-6 CCH limits what he may
 * know.
 */
@ControllerAdvice(annotations = PagesWeb.class)
class GabaritPages {

    private static final Logger LOG = LoggerFactory.getLogger(GabaritPages.class);

    private final WebProperties proprietes;

    GabaritPages(WebProperties proprietes) {
        this.proprietes = proprietes;
    }

    @ModelAttribute("agent")
    @Nullable AgentConnecte agent() {
        Authentication authentification = SecurityContextHolder.getContext().getAuthentication();
        return authentification != null && authentification.getPrincipal() instanceof AgentConnecte agent ? agent
                : null;
    }

    @ModelAttribute("dureeSession")
    int dureeSession(HttpServletRequest requete) {
        HttpSession session = requete.getSession(false);
        return session == null ? 0 : session.getMaxInactiveInterval();
    }

    @ModelAttribute("avertissementSession")
    long avertissementSession() {
        return proprietes.avertissementSession().toSeconds();
    }

    @ModelAttribute("cheminCourant")
    String cheminCourant(HttpServletRequest requete) {
        return requete.getRequestURI().substring(requete.getContextPath().length());
    }

    @ExceptionHandler(RessourceIntrouvableException.class)
    ModelAndView introuvable(RessourceIntrouvableException exception) {
        return erreur(HttpStatus.NOT_FOUND, "Page introuvable",
                "Ce que vous cherchez n'existe pas, ou n'est pas dans votre périmètre.");
    }

    @ExceptionHandler(AccesRefuseException.class)
    ModelAndView refuse(AccesRefuseException exception) {
        return erreur(HttpStatus.FORBIDDEN, "Action non autorisée", exception.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView inattendue(Exception exception) throws Exception {
        if (exception instanceof org.springframework.web.ErrorResponse
                || exception instanceof org.springframework.security.access.AccessDeniedException) {
            throw exception;
        }
        String reference = java.util.UUID.randomUUID().toString();
        LOG.error("Erreur inattendue (référence {})", reference, exception);
        return erreur(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur inattendue",
                "Le service a rencontré une erreur. Référence à communiquer à l'assistance : " + reference + ".");
    }

    private ModelAndView erreur(HttpStatus statut, String titre, String message) {
        ModelAndView vue = new ModelAndView("pro/erreur", statut);
        vue.addObject("statut", statut.value());
        vue.addObject("titreErreur", titre);
        vue.addObject("messageErreur", message);
        vue.addObject("agent", agent());
        // an exception handler's view does not get the @ModelAttribute values: the layout needs these too
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes requete) {
            vue.addObject("cheminCourant", cheminCourant(requete.getRequest()));
            vue.addObject("dureeSession", dureeSession(requete.getRequest()));
            vue.addObject("avertissementSession", avertissementSession());
        }
        return vue;
    }
}
