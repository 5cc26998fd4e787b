package fr.sne.referentiel.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.ibm.icu.text.Normalizer2;

/**
 * Turns a place name into a comparison key that ignores accents, case, punctuation, articles and word order:
 * "Congo (République démocratique du)", "RÉPUBLIQUE DÉMOCRATIQUE DU CONGO" and "république-démocratique du Congo"
 * give the same key. Word order is ignored so that the COG's "NOM (ARTICLE)" forms match the natural order.
 */
final class NormalisationNom {

    /** Articles and linking words that carry no meaning in a country name. */
    private static final Set<String> MOTS_VIDES = Set.of("LE", "LA", "LES", "L", "DE", "DU", "DES", "D", "ET");
    private static final Pattern ESPACES = Pattern.compile(" {2,}");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)?");

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** Compatibility decomposition: accents become combining marks, full-width forms become ASCII. */
    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();

    private NormalisationNom() {
    }

    /**
     * Upper-case ASCII words separated by one space, punctuation removed: "Côte d’Ivoire" → "COTE D IVOIRE".
     * (ICU's "Latin-ASCII" transliterator gives the same result but costs ~1 s to build and ~1 ms a call.)
     */
    static String ascii(String nom) {
        String majuscules = NFKD.normalize(nom).toUpperCase(Locale.ROOT);
        StringBuilder resultat = new StringBuilder(majuscules.length());
        for (int i = 0; i < majuscules.length(); i++) {
            char c = majuscules.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> {
                    // accent left by the decomposition: dropped
                }
                default -> resultat.append(switch (c) {
                    case 'Œ' -> "OE";
                    case 'Æ' -> "AE";
                    case 'Ø' -> "O";
                    case 'Ł' -> "L";
                    case 'Đ', 'Ð' -> "D";
                    case 'Þ' -> "TH";
                    default -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? String.valueOf(c) : " ";
                });
            }
        }
        return ESPACES.matcher(resultat).replaceAll(" ").strip();
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
