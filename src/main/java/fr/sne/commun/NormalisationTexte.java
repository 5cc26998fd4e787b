package fr.sne.commun;

import java.util.Locale;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

/**
 * The one folding of names used to compare them (persons' names, place names): upper-case ASCII letters and
 * digits, every other run of characters becoming one space. Latin letters lose their accents (compatibility
 * decomposition, marks dropped) and a few letters that do not decompose are spelt out (Œ → OE, Æ → AE, Ø → O,
 * Ł → L, Đ and Ð → D, Þ → TH, ß → SS). Letters of other scripts (Cyrillic, Greek, Arabic, Hebrew, Han,
 * Devanagari…) are transliterated by ICU's {@code Any-Latin; Latin-ASCII} ("Петрова" → "PETROVA",
 * "王" → "WANG"), so that two different names in those scripts keep different keys.
 *
 * <p>ICU's transliterator is only built and called when such letters are present: it costs about a second to
 * build and a millisecond a call, while Latin names are folded by the table above.
 */
public final class NormalisationTexte {

    private static final Normalizer2 NFKD = Normalizer2.getNFKDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private NormalisationTexte() {
    }

    /** "Côte d’Ivoire" → "COTE D IVOIRE"; "Иванова Анна" → "IVANOVA ANNA"; null or punctuation only → "". */
    public static String ascii(@org.jspecify.annotations.Nullable String texte) {
        if (texte == null || texte.isEmpty()) {
            return "";
        }
        String majuscules = NFKD.normalize(texte).toUpperCase(Locale.ROOT);
        StringBuilder resultat = new StringBuilder(majuscules.length());
        boolean espace = true;
        int i = 0;
        while (i < majuscules.length()) {
            int c = majuscules.codePointAt(i);
            int suivant = i + Character.charCount(c);
            if (estMarque(c)) {
                // accent left by the decomposition: dropped
                i = suivant;
                continue;
            }
            String plie = plier(c);
            if (plie == null && Character.isLetterOrDigit(c)) {
                // a run of letters of another script, transliterated as a whole (context matters in some scripts)
                int fin = suivant;
                while (fin < majuscules.length()) {
                    int d = majuscules.codePointAt(fin);
                    if (plier(d) != null || !(Character.isLetterOrDigit(d) || estMarque(d))) {
                        break;
                    }
                    fin += Character.charCount(d);
                }
                // recomposed first: in these scripts a mark may make another letter (Й is not И, कि is not क)
                plie = lettresAscii(Translitteration.latin(NFC.normalize(majuscules.substring(i, fin))));
                suivant = fin;
            }
            if (plie == null || plie.isEmpty()) {
                if (!espace) {
                    resultat.append(' ');
                    espace = true;
                }
            } else {
                resultat.append(plie);
                espace = plie.endsWith(" ");
            }
            i = suivant;
        }
        int fin = resultat.length();
        while (fin > 0 && resultat.charAt(fin - 1) == ' ') {
            fin--;
        }
        return resultat.substring(0, fin);
    }

    private static boolean estMarque(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** The ASCII spelling of an upper-case Latin letter or digit; null for anything else. */
    private static @org.jspecify.annotations.Nullable String plier(int c) {
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return String.valueOf((char) c);
        }
        return switch (c) {
            case 'Œ' -> "OE";
            case 'Æ' -> "AE";
            case 'Ø' -> "O";
            case 'Ł' -> "L";
            case 'Đ', 'Ð' -> "D";
            case 'Þ' -> "TH";
            default -> null;
        };
    }

    /** The output of the transliterator, upper-cased: ASCII letters and digits, spaces between words. */
    private static String lettresAscii(String latin) {
        String majuscules = latin.toUpperCase(Locale.ROOT);
        StringBuilder resultat = new StringBuilder(majuscules.length());
        for (int i = 0; i < majuscules.length(); i++) {
            char c = majuscules.charAt(i);
            boolean garde = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (garde) {
                resultat.append(c);
            } else if ((c == ' ' || c == '-') && !resultat.isEmpty()
                    && resultat.charAt(resultat.length() - 1) != ' ') {
                resultat.append(' ');
            }
            // anything else (the apostrophe standing for a soft sign, "Ольга" → "OL'GA") is dropped
        }
        return resultat.toString();
    }

    /** Built on first use only (about a second). */
    private static final class Translitteration {

        private static final Transliterator VERS_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

        static synchronized String latin(String texte) {
            return VERS_ASCII.transliterate(texte);
        }
    }
}
