package fr.sne.demande.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.ReponsesErreur;
import fr.sne.demande.application.VersionPerimeeException;

/**
 * The problems of a change made on a version of a demande (412 {@code VERSION_PERIMEE}, 428 {@code VERSION_REQUISE}),
 * answered alike by every API controller whose change goes through the demande's use cases: the JSON lifecycle and,
 * through {@link fr.sne.demande.DemandesParDocument}, the XML door of the exchanges. Checked before the general
 * handler ({@code GestionnaireErreurs}), which would take them for unforeseen errors.
 */
@RestControllerAdvice(annotations = ControleurApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErreursDeVersion {

    @ExceptionHandler(VersionPerimeeException.class)
    ResponseEntity<ProblemDetail> versionPerimee(VersionPerimeeException e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.PRECONDITION_FAILED,
                CycleDeVieController.VERSION_PERIMEE, "Version périmée", e.getMessage());
        probleme.setProperty("code", e.code().name());
        probleme.setProperty("numeroUnique", e.numeroUnique());
        probleme.setProperty("versionAttendue", e.versionAttendue());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(probleme);
    }

    @ExceptionHandler(CycleDeVieController.VersionRequiseException.class)
    ResponseEntity<ProblemDetail> versionRequise(CycleDeVieController.VersionRequiseException e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.PRECONDITION_REQUIRED,
                CycleDeVieController.VERSION_REQUISE, "Version requise", e.getMessage());
        probleme.setProperty("code", CodeMotif.VERSION_REQUISE.name());
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(probleme);
    }
}
