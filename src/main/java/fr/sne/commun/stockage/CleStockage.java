package fr.sne.commun.stockage;

import java.util.regex.Pattern;

/**
 * The rules of the keys of {@link Stockage}, the same for every implementation: {@code /}-separated segments of
 * ASCII letters, digits, {@code -}, {@code _} and {@code .}, none empty nor starting with a dot (so neither
 * {@code ..} nor {@code .} nor a hidden temporary file), no {@code ..} anywhere, at most
 * {@value #LONGUEUR_MAX} characters (an object store's limit, in bytes, and these are ASCII).
 */
public final class CleStockage {

    public static final int LONGUEUR_MAX = 1024;

    private static final String SEGMENT = "[A-Za-z0-9_-][A-Za-z0-9._-]*";
    private static final Pattern CLE = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");
    private static final Pattern PREFIXE = Pattern.compile("(" + SEGMENT + "/)*(" + SEGMENT + ")?");

    private CleStockage() {
    }

    /** This key, when valid; otherwise an {@link IllegalArgumentException} naming it. */
    public static String valider(String cle) {
        if (!estValide(cle)) {
            throw new IllegalArgumentException("clé de stockage invalide : " + cle);
        }
        return cle;
    }

    /** Whether this is a valid key. */
    public static boolean estValide(String cle) {
        return cle != null && cle.length() <= LONGUEUR_MAX && CLE.matcher(cle).matches() && !cle.contains("..");
    }

    /**
     * This listing prefix, when valid: empty, or the start of a valid key (whole segments, each followed by
     * {@code /}, then maybe the start of one more).
     */
    public static String validerPrefixe(String prefixe) {
        if (prefixe == null || prefixe.length() > LONGUEUR_MAX || !PREFIXE.matcher(prefixe).matches()
                || prefixe.contains("..")) {
            throw new IllegalArgumentException("préfixe de stockage invalide : " + prefixe);
        }
        return prefixe;
    }

    static void validerPlage(long debut, long longueur) {
        if (debut < 0 || longueur <= 0) {
            throw new IllegalArgumentException("plage invalide : début " + debut + ", longueur " + longueur);
        }
    }
}
