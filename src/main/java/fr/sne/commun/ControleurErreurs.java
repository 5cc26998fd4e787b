package fr.sne.commun;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Replaces Spring Boot's {@code /error} page: an error raised outside the controllers (a filter, the servlet
 * container, an unknown path) is also answered with a JSON problem document, whatever the request accepts;
 * except on the web application's paths ({@code /pro/...}), where it is the application's HTML error page, and on
 * the portal's ({@code /portail/...}), where it is the portal's, in the applicant's language.
 * {@code /error} asked for directly (no error dispatch, so no error to report) is a path with nothing there: 404,
 * as any unknown path.
 */
@RestController
@Hidden
class ControleurErreurs implements ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ControleurErreurs.class);

    private final ITemplateEngine pages;

    ControleurErreurs(ITemplateEngine pages) {
        this.pages = pages;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<?> erreur(HttpServletRequest requete, HttpServletResponse reponse) {
        if (requete.getDispatcherType() != DispatcherType.ERROR) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ReponsesErreur.pourStatut(HttpStatus.NOT_FOUND.value()));
        }
        Object statutBrut = requete.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int statut = statutBrut instanceof Integer s ? s : 500;
        Object erreur = requete.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (requete.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String chemin
                && (chemin.equals("/pro") || chemin.startsWith("/pro/"))) {
            return pageHtml(statut, erreur, requete, reponse);
        }
        if (requete.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String chemin
                && (chemin.equals("/portail") || chemin.startsWith("/portail/"))) {
            return pagePortail(statut, erreur, requete, reponse, chemin);
        }
        ProblemDetail probleme;
        if (statut >= 500 && erreur instanceof Throwable t) {
            probleme = ReponsesErreur.erreurInterne(LOG, t);
        } else if (statut == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
            probleme = ReponsesErreur.typeMediaNonSupporte(requete.getContentType(),
                    requete.getHeader(HttpHeaders.CONTENT_ENCODING), typesAdmis(requete));
        } else {
            probleme = ReponsesErreur.pourStatut(statut);
        }
        return ResponseEntity.status(statut).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    /**
     * The body types the operation takes, as Spring's refusal names them (the exception the dispatcher keeps for
     * the error dispatch), without parameters and wildcards; empty when unknown (a refusal before any operation).
     */
    private static java.util.List<String> typesAdmis(HttpServletRequest requete) {
        if (!(requete.getAttribute(org.springframework.web.servlet.DispatcherServlet.EXCEPTION_ATTRIBUTE)
                instanceof org.springframework.web.HttpMediaTypeNotSupportedException refus)) {
            return java.util.List.of();
        }
        return refus.getSupportedMediaTypes().stream().filter(t -> !t.isWildcardType() && !t.isWildcardSubtype())
                .map(t -> t.getType() + "/" + t.getSubtype()).distinct().toList();
    }

    /**
     * The portal's error page, in the applicant's language (the portal's bundles), with the portal's layout. A 404
     * there is the same page whatever was asked for.
     */
    private ResponseEntity<String> pagePortail(int statut, @Nullable Object erreur, HttpServletRequest requete,
            HttpServletResponse reponse, String chemin) {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String langue = java.util.List.of("fr", "en", "ar").contains(locale.getLanguage()) ? locale.getLanguage()
                : "fr";
        WebContext contexte = new WebContext(JakartaServletWebApplication.buildApplication(requete.getServletContext())
                .buildExchange(requete, reponse), Locale.of(langue));
        String reference = null;
        if (statut >= 500 && erreur instanceof Throwable t) {
            reference = java.util.UUID.randomUUID().toString();
            LOG.error("Erreur inattendue (référence {})", reference, t);
        }
        contexte.setVariable("statut", statut);
        contexte.setVariable("reference", reference);
        contexte.setVariable("langue", langue);
        contexte.setVariable("sens", "ar".equals(langue) ? "rtl" : "ltr");
        contexte.setVariable("chemin", "/portail");
        return ResponseEntity.status(statut).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(pages.process("portail/erreur", contexte));
    }

    private ResponseEntity<String> pageHtml(int statut, @Nullable Object erreur, HttpServletRequest requete,
            HttpServletResponse reponse) {
        WebContext contexte = new WebContext(JakartaServletWebApplication.buildApplication(requete.getServletContext())
                .buildExchange(requete, reponse), Locale.FRANCE);
        String reference = null;
        if (statut >= 500 && erreur instanceof Throwable t) {
            reference = java.util.UUID.randomUUID().toString();
            LOG.error("Erreur inattendue (référence {})", reference, t);
        }
        contexte.setVariable("statut", statut);
        contexte.setVariable("titreErreur", statut == 404 ? "Page introuvable"
                : statut == 403 ? "Action non autorisée" : statut == 429 ? "Trop de requêtes"
                : statut >= 500 ? "Erreur inattendue" : "Requête invalide");
        contexte.setVariable("messageErreur", statut == 404
                ? "Ce que vous cherchez n'existe pas, ou n'est pas dans votre périmètre."
                : statut == 403 ? "Vous n'avez pas les droits nécessaires pour cette action."
                : statut == 429 ? "Trop de requêtes depuis votre adresse avant connexion. Patientez quelques minutes "
                        + "avant de réessayer."
                : reference != null ? "Le service a rencontré une erreur. Référence à communiquer à l'assistance : "
                        + reference + "." : "La requête n'a pas pu être traitée.");
        return ResponseEntity.status(statut).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(pages.process("pro/erreur", contexte));
    }
}
