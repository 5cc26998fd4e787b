package fr.sne.referentiel.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.Normalizer2;

import fr.sne.commun.NormalisationTexte;

/**
 * Turns a place name into a comparison key that ignores accents, case, punctuation, articles and word order:
 * "Congo (République démocratique du)", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO" and "république-démocratique du Congo"
 * give the same key. Word order is ignored so that the COG's "NOM (ARTICLE)" forms match the natural order.
 */
final class NormalisationNom {

    /** Articles and linking words that carry no meaning in a country name. */
    private static final Set<String> MOTS_VIDES = Set.of("LE", "LA", "LES", "L", "DE", "DU", "DES", "D", "ET");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)?");

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private NormalisationNom() {
    }

    /** Upper-case ASCII words separated by one space, punctuation removed: "Côte d’Ivoire" → "COTE D IVOIRE". */
    static String ascii(String nom) {
        return NormalisationTexte.ascii(nom);
    }

    /** The comparison key: {@link #ascii} words without articles, sorted. Empty when nothing meaningful is left. */
    static String cle(String nom) {
        return Arrays.stream(ascii(nom).split(" "))
                .filter(mot -> !mot.isEmpty() && !MOTS_VIDES.contains(mot))
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** The key of the name without its parenthesised parts: "CLIPPERTON (ILE)" → key of "CLIPPERTON". */
    static String cleSansParentheses(String nom) {
        return cle(PARENTHESES.matcher(NFKC.normalize(nom)).replaceAll(" "));
    }
}
