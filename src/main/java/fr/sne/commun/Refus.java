package fr.sne.commun;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A refusal as a value: a code of the one catalogue ({@link CodeMotif}), the typed values of its template's
 * placeholders, and the facts a caller may need to act (the date from which the act becomes possible, the
 * existing demande's numéro…), which the API adds to its problem document. The French message is never written by
 * hand: it is the catalogue's template rendered with {@code parametres} ({@link #message()}), the same for the
 * API's problem document and the page's error summary. A refusal whose parameters leave a placeholder empty is
 * not built ({@link IllegalArgumentException}).
 *
 * <p>Aggregates return it from a transition ({@link Issue.Refusee}); policies return it as their {@link Decision}.
 * It becomes an exception only at the edge, where the use case turns it into its problem (409, 422…).
 *
 * @param parametres the template's values, typed (dates, numéros, counts); rendered with {@code toString()}
 * @param details    facts added to the problem document, typed; rendered as text by {@link #detailsTexte()}
 */
public record Refus(CodeMotif code, Map<String, Object> parametres, Map<String, Object> details) implements Decision {

    public Refus {
        Objects.requireNonNull(code, "code");
        parametres = Map.copyOf(parametres);
        details = Map.copyOf(details);
        code.message(parametres); // every placeholder has its value
    }

    /** A refusal whose template has no placeholder and which adds no detail. */
    public static Refus de(CodeMotif code) {
        return new Refus(code, Map.of(), Map.of());
    }

    /** A refusal with its template's values and no detail. */
    public static Refus de(CodeMotif code, Map<String, ?> parametres) {
        return new Refus(code, Map.copyOf(parametres), Map.of());
    }

    /** The same refusal with these facts for the caller. */
    public Refus avecDetails(Map<String, ?> faits) {
        return new Refus(code, parametres, Map.copyOf(faits));
    }

    /** The French message: the catalogue's template filled with the parameters. */
    public String message() {
        return code.message(parametres);
    }

    /** The details as the API writes them: numbers and booleans as they are, any other value as its text. */
    public Map<String, Object> detailsTexte() {
        Map<String, Object> texte = new LinkedHashMap<>();
        details.forEach((cle, valeur) -> texte.put(cle,
                valeur instanceof Number || valeur instanceof Boolean ? valeur : valeur.toString()));
        return texte;
    }
}
