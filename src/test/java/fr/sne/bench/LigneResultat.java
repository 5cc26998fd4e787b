package fr.sne.bench;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the JVM benches share to write their {@code RESULTAT} lines for the suite (bench/README.md, "The suite"):
 * a figure as a JSON number and a text as a JSON string. Used by {@code LimiteurDebitBench} and by the single-file
 * benches under {@code bench/}, whose scripts compile this file with them.
 */
public final class LigneResultat {

    private LigneResultat() {
    }

    /** A measure, four significant digits; refuses what is not one (zero, negative, NaN, infinite). */
    public static String nombre(double valeur) {
        if (!(valeur > 0) || Double.isInfinite(valeur)) {
            throw new IllegalStateException("not a measure: " + valeur);
        }
        return new BigDecimal(valeur).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A JSON string literal of a text: quotes, backslashes and control characters escaped. */
    public static String json(String texte) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : texte.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append("\\u%04x".formatted((int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
