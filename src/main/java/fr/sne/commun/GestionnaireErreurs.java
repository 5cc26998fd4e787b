package fr.sne.commun;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every refusal into RFC 9457 problem details. Field errors are listed one by one under
 * {@code erreurs}, each with {@code champ}, {@code code} and {@code message}.
 */
@RestControllerAdvice(annotations = ControleurApi.class)
public class GestionnaireErreurs extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GestionnaireErreurs.class);

    public static final URI DONNEES_INVALIDES = URI.create("urn:sne:probleme:donnees-invalides");
    public static final URI REQUETE_ILLISIBLE = URI.create("urn:sne:probleme:requete-illisible");
    public static final URI CONFLIT = URI.create("urn:sne:probleme:conflit");
    public static final URI INTROUVABLE = URI.create("urn:sne:probleme:introuvable");
    public static final URI ACCES_REFUSE = URI.create("urn:sne:probleme:acces-refuse");
    public static final URI TROP_DE_REQUETES = URI.create("urn:sne:probleme:trop-de-requetes");

    @ExceptionHandler(DonneesInvalidesException.class)
    ProblemDetail donneesInvalides(DonneesInvalidesException e) {
        return problemeDonneesInvalides(e.erreurs());
    }

    @ExceptionHandler(ConflitException.class)
    ProblemDetail conflit(ConflitException e) {
        ProblemDetail probleme = probleme(HttpStatus.CONFLICT, CONFLIT, "Conflit", e.getMessage());
        probleme.setProperty("code", e.code());
        e.proprietes().forEach(probleme::setProperty);
        return probleme;
    }

    @ExceptionHandler(EnTeteInvalideException.class)
    ResponseEntity<ProblemDetail> enTeteInvalide(EnTeteInvalideException e) {
        ProblemDetail probleme = avecCode(probleme(HttpStatus.BAD_REQUEST, REQUETE_ILLISIBLE, "Requête illisible",
                e.getMessage()), e.code());
        probleme.setProperty("erreurs", List.of(new ErreurChamp(e.entete(), e.code(), e.getMessage())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    @ExceptionHandler(RessourceIntrouvableException.class)
    ProblemDetail introuvable(RessourceIntrouvableException e) {
        ProblemDetail probleme = probleme(HttpStatus.NOT_FOUND, INTROUVABLE, "Introuvable", e.getMessage());
        probleme.setProperty("code", e.code().name());
        return probleme;
    }

    /**
     * A multipart body that does not parse (no boundary, a part cut short…); one too large is Spring's
     * {@code MaxUploadSizeExceededException}, a 413 like any body too large.
     */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> multipartIllisible(org.springframework.web.multipart.MultipartException e) {
        return requeteIncomplete("", CodeMotif.REQUETE_ILLISIBLE, "Corps multipart/form-data illisible.");
    }

    /** A query string whose percent-encoding does not decode ("?nom=%zz"): Tomcat throws when it is read. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> parametreIndecodable(org.apache.tomcat.util.http.InvalidParameterException e) {
        return requeteIncomplete("", CodeMotif.FORMAT_INVALIDE, "Paramètres de la requête mal encodés (encodage-pourcent "
                + "UTF-8 attendu).");
    }

    /**
     * Anything unforeseen: a problem document without any internal detail, and a correlation id written both in
     * the answer and in the log next to the stack trace, so that a desk can report it and we can find it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> erreurInterne(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        return ResponseEntity.internalServerError().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ReponsesErreur.erreurInterne(LOG, e));
    }

    /**
     * Spring's own refusals (405, 406, 415, 404 of an unknown path…) get a type and a stable code like ours, and
     * are always written as JSON problem documents whatever the request accepts.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> reponse = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (reponse != null && reponse.getBody() instanceof ProblemDetail probleme) {
            ReponsesErreur.completer(probleme, statusCode.value());
            HttpHeaders entetes = new HttpHeaders();
            entetes.putAll(reponse.getHeaders());
            entetes.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return new ResponseEntity<>(reponse.getBody(), entetes, reponse.getStatusCode());
        }
        return reponse;
    }

    @ExceptionHandler(AccesRefuseException.class)
    ProblemDetail accesRefuse(AccesRefuseException e) {
        ProblemDetail probleme = probleme(HttpStatus.FORBIDDEN, ACCES_REFUSE, "Accès refusé", e.getMessage());
        probleme.setProperty("code", e.code());
        return probleme;
    }

    @ExceptionHandler(TropDeRequetesException.class)
    ResponseEntity<ProblemDetail> tropDeRequetes(TropDeRequetesException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.secondesAvantNouvelEssai()))
                .body(avecCode(probleme(HttpStatus.TOO_MANY_REQUESTS, TROP_DE_REQUETES, "Trop de requêtes", e.getMessage()),
                        CodeMotif.TROP_DE_REQUETES));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof LimiteTailleCorps.CorpsTropVolumineuxException) {
                return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ReponsesErreur.pourStatut(HttpStatus.CONTENT_TOO_LARGE.value()));
            }
        }
        ProblemDetail probleme = probleme(HttpStatus.BAD_REQUEST, REQUETE_ILLISIBLE, "Requête illisible",
                "Le corps de la requête n'est pas un document lisible.");
        if (ex.getCause() instanceof JsonStrictConfiguration.ChampsInconnusException inconnus) {
            probleme.setProperty("erreurs", inconnus.champs().stream().map(champ -> new ErreurChamp(champ,
                    CodeMotif.CHAMP_INCONNU, "Ce champ n'existe pas dans cette version de l'API ; la requête a été "
                            + "refusée.")).toList());
        } else if (ex.getCause() instanceof UnrecognizedPropertyException inconnu) {
            probleme.setProperty("erreurs", List.of(new ErreurChamp(chemin(inconnu), CodeMotif.CHAMP_INCONNU,
                    "Ce champ n'existe pas dans cette version de l'API ; la requête a été refusée.")));
        } else if (ex.getCause() instanceof InvalidNullException nul) {
            probleme.setProperty("erreurs", List.of(new ErreurChamp(chemin(nul), CodeMotif.OBLIGATOIRE,
                    "Une liste ne peut pas contenir de valeur null.")));
        } else if (ex.getCause() instanceof StreamReadException lecture && lecture.getMessage() != null
                && lecture.getMessage().startsWith("Duplicate")) {
            java.util.regex.Matcher nom = java.util.regex.Pattern.compile("\"(.*)\"").matcher(lecture.getMessage());
            String champ = chemin(lecture);
            if (nom.find() && lecture.processor() instanceof tools.jackson.core.JsonParser parseur) {
                champ = JsonStrictConfiguration.chemin(parseur.streamReadContext(), null, nom.group(1));
            }
            probleme.setProperty("erreurs", List.of(new ErreurChamp(champ, CodeMotif.CHAMP_EN_DOUBLE,
                    "Un même champ figure deux fois dans un objet.")));
        } else if (ex.getCause() instanceof JacksonException jackson) {
            String champ = chemin(jackson);
            probleme.setProperty("erreurs", List.of(new ErreurChamp(champ, CodeMotif.FORMAT_INVALIDE,
                    champ.isEmpty() ? "Document JSON mal formé."
                            : "Valeur de format ou de type invalide pour ce champ.")));
        } else {
            probleme.setProperty("erreurs", List.of(new ErreurChamp("", CodeMotif.FORMAT_INVALIDE,
                    "Document JSON mal formé.")));
        }
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return requeteIncomplete(ex.getParameterName(), CodeMotif.OBLIGATOIRE, "Ce paramètre est obligatoire.");
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleServletRequestBindingException(
            ServletRequestBindingException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException manquant) {
            return requeteIncomplete(manquant.getHeaderName(), CodeMotif.OBLIGATOIRE, "Cet en-tête est obligatoire.");
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String champ = ex.getPropertyName() == null ? "" : ex.getPropertyName();
        return requeteIncomplete(champ, CodeMotif.FORMAT_INVALIDE, "Valeur de format invalide"
                + (ex.getRequiredType() == java.time.LocalDate.class ? " (date attendue AAAA-MM-JJ)." : "."));
    }

    private static ProblemDetail probleme(HttpStatus statut, URI type, String titre, String detail) {
        return ReponsesErreur.probleme(statut, type, titre, detail);
    }

    private static ProblemDetail avecCode(ProblemDetail probleme, CodeMotif code) {
        probleme.setProperty("code", code.name());
        return probleme;
    }

    private static ResponseEntity<Object> requeteIncomplete(String champ, CodeMotif code, String message) {
        ProblemDetail probleme = probleme(HttpStatus.BAD_REQUEST, REQUETE_ILLISIBLE, "Requête illisible",
                "La requête est incomplète ou mal formée.");
        probleme.setProperty("erreurs", List.of(new ErreurChamp(champ, code, message)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    private static ProblemDetail problemeDonneesInvalides(List<ErreurChamp> erreurs) {
        ProblemDetail probleme = probleme(HttpStatus.UNPROCESSABLE_CONTENT, DONNEES_INVALIDES, "Données invalides",
                "La demande contient " + erreurs.size() + " erreur(s) ; rien n'a été enregistré.");
        probleme.setProperty("erreurs", erreurs);
        return probleme;
    }

    private static String chemin(JacksonException e) {
        StringBuilder chemin = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!chemin.isEmpty()) {
                    chemin.append('.');
                }
                chemin.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                chemin.append('[').append(reference.getIndex()).append(']');
            }
        }
        return chemin.toString();
    }

}
