package fr.sne.commun;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Replaces Spring Boot's {@code /error} page: an error raised outside the controllers (a filter, the servlet
 * container, an unknown path) is also answered with a JSON problem document, whatever the request accepts.
 */
@RestController
@Hidden
class ControleurErreurs implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ControleurErreurs.class);

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> erreur(HttpServletRequest requete) {
        Object statutBrut = requete.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int statut = statutBrut instanceof Integer s ? s : 500;
        Object erreur = requete.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        ProblemDetail probleme;
        if (statut >= 500 && erreur instanceof Throwable t) {
            probleme = ReponsesErreur.erreurInterne(LOG, t);
        } else {
            probleme = ReponsesErreur.pourStatut(statut);
        }
        return ResponseEntity.status(statut).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }
}
