package fr.sne.commun;

import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;

/**
 * The problem documents of the errors that come from the framework or the server rather than from our rules:
 * each gets a type and a stable {@code code} from its HTTP status, and an unforeseen error a correlation id.
 */
public final class ReponsesErreur {

    public static final URI ERREUR_INTERNE = URI.create("urn:sne:probleme:erreur-interne");
    public static final URI REQUETE_REFUSEE = URI.create("urn:sne:probleme:requete-refusee");

    private ReponsesErreur() {
    }

    /**
     * The one builder of our problem documents (RFC 9457): the API's exception handler and its filter chain's
     * 401/403 answers both start from it.
     */
    public static ProblemDetail probleme(HttpStatus statut, URI type, String titre, String detail) {
        ProblemDetail probleme = ProblemDetail.forStatusAndDetail(statut, detail);
        probleme.setType(type);
        probleme.setTitle(titre);
        return probleme;
    }

    /** Gives a problem built by the framework our type and code (it keeps its status, title and detail). */
    public static ProblemDetail completer(ProblemDetail probleme, int statut) {
        if (probleme.getType() == null || "about:blank".equals(probleme.getType().toString())) {
            probleme.setType(statut == 404 ? GestionnaireErreurs.INTROUVABLE
                    : statut >= 500 ? ERREUR_INTERNE : REQUETE_REFUSEE);
        }
        if (probleme.getProperties() == null || !probleme.getProperties().containsKey("code")) {
            probleme.setProperty("code", code(statut));
        }
        return probleme;
    }

    /** The problem of a status without more to say (errors met before any controller: unknown path, 413…). */
    public static ProblemDetail pourStatut(int statut) {
        HttpStatus connu = HttpStatus.resolve(statut);
        ProblemDetail probleme = ProblemDetail.forStatusAndDetail(connu == null ? HttpStatus.BAD_REQUEST : connu,
                detail(statut));
        probleme.setTitle(connu == null ? "Erreur" : connu.getReasonPhrase());
        return completer(probleme, statut);
    }

    /**
     * 415, saying what was sent and what is expected: the body's media type (its type and subtype, or that it named
     * none), or its content coding, and application/json.
     */
    public static ProblemDetail typeMediaNonSupporte(@Nullable String typeEnvoye, @Nullable String codage) {
        return typeMediaNonSupporte(typeEnvoye, codage, java.util.List.of());
    }

    /**
     * 415 as {@link #typeMediaNonSupporte(String, String)}, naming the types the operation takes when known (a
     * demande is sent in JSON or in XML, ADR 0021), application/json otherwise.
     */
    public static ProblemDetail typeMediaNonSupporte(@Nullable String typeEnvoye, @Nullable String codage,
            java.util.List<String> admis) {
        String attendu = admis.isEmpty() ? "application/json est attendu"
                : admis.size() == 1 ? admis.getFirst() + " est attendu"
                : String.join(", ", admis.subList(0, admis.size() - 1)) + " ou " + admis.getLast()
                        + " sont attendus";
        String detail;
        if (codage != null && !codage.isBlank() && !"identity".equalsIgnoreCase(codage.strip())) {
            detail = "Le corps envoyé est compressé (Content-Encoding « " + abrege(codage) + " ») : " + attendu
                    + ", sans compression.";
        } else if (typeEnvoye == null || typeEnvoye.isBlank()) {
            detail = "Le corps n'indique pas son type (en-tête Content-Type) : " + attendu + ".";
        } else {
            detail = "Le corps envoyé est de type « " + typeSansParametres(typeEnvoye) + " » : " + attendu
                    + " (en-tête Content-Type).";
        }
        ProblemDetail probleme = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, detail);
        probleme.setTitle(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getReasonPhrase());
        return completer(probleme, HttpStatus.UNSUPPORTED_MEDIA_TYPE.value());
    }

    private static String typeSansParametres(String type) {
        try {
            MimeType lu = MimeTypeUtils.parseMimeType(type);
            return lu.getType() + "/" + lu.getSubtype();
        } catch (InvalidMimeTypeException e) {
            return abrege(type);
        }
    }

    /** A value the client sent, shown back: at most 60 characters, nothing but printable ASCII. */
    private static String abrege(String valeur) {
        String imprimable = valeur.strip().replaceAll("[^\\x20-\\x7E]", "?");
        return imprimable.length() > 60 ? imprimable.substring(0, 60) + "…" : imprimable;
    }

    /** 500: logs the error with a fresh correlation id and answers that id, nothing of the cause. */
    public static ProblemDetail erreurInterne(Logger log, Throwable erreur) {
        String correlation = UUID.randomUUID().toString();
        log.error("Erreur interne (corrélation {})", correlation, erreur);
        ProblemDetail probleme = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Erreur interne du registre ; rien n'a été enregistré. Communiquez l'identifiant de corrélation "
                        + correlation + " au support.");
        probleme.setType(ERREUR_INTERNE);
        probleme.setTitle("Erreur interne");
        probleme.setProperty("code", CodeMotif.ERREUR_INTERNE.name());
        probleme.setProperty("correlation", correlation);
        return probleme;
    }

    static String code(int statut) {
        return codeMotif(statut).name();
    }

    static CodeMotif codeMotif(int statut) {
        return switch (statut) {
            case 400 -> CodeMotif.REQUETE_ILLISIBLE;
            case 401 -> CodeMotif.NON_AUTHENTIFIE;
            case 403 -> CodeMotif.ACCES_REFUSE;
            case 404 -> CodeMotif.INTROUVABLE;
            case 405 -> CodeMotif.METHODE_NON_AUTORISEE;
            case 406 -> CodeMotif.FORMAT_NON_ACCEPTABLE;
            case 408 -> CodeMotif.DELAI_DEPASSE;
            case 413 -> CodeMotif.CORPS_TROP_VOLUMINEUX;
            case 414 -> CodeMotif.URI_TROP_LONGUE;
            case 415 -> CodeMotif.TYPE_MEDIA_NON_SUPPORTE;
            case 429 -> CodeMotif.TROP_DE_REQUETES;
            case 431 -> CodeMotif.EN_TETES_TROP_VOLUMINEUX;
            case 503 -> CodeMotif.SERVICE_INDISPONIBLE;
            default -> statut >= 500 ? CodeMotif.ERREUR_INTERNE : CodeMotif.REQUETE_REFUSEE;
        };
    }

    private static String detail(int statut) {
        return switch (statut) {
            case 400 -> "La requête est mal formée.";
            case 404 -> "Aucune ressource à cette adresse.";
            case 405 -> "Cette méthode n'est pas admise à cette adresse.";
            case 406 -> "Le format de réponse demandé (en-tête Accept) n'est pas disponible : application/json.";
            case 413 -> "Le corps de la requête dépasse la taille admise.";
            case 414 -> "L'adresse de la requête est trop longue.";
            case 415 -> "Type de corps non admis : application/json est attendu (en-tête Content-Type), sans "
                    + "compression.";
            case 431 -> "Les en-têtes de la requête sont trop volumineux.";
            default -> statut >= 500 ? "Erreur interne du registre." : "La requête a été refusée.";
        };
    }
}
