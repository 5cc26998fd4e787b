package fr.sne.commun;

import tools.jackson.core.StreamReadConstraints;

/**
 * The bound on every number a client sends, whatever the field and whatever the way in: at most
 * {@link #LONGUEUR_MAX} characters. It is the limit of the application's JSON reader (Jackson's
 * {@link StreamReadConstraints}), the one the API applies before anything else (beyond it, 400
 * {@code FORMAT_INVALIDE}); the web forms read their numbers within the same bound, and the strict reader of the
 * API checks at start that it still applies this one ({@code JsonStrictConfiguration}).
 */
public final class NombreSaisi {

    /** Characters of a number's text, sign, decimal point and exponent included. */
    public static final int LONGUEUR_MAX = StreamReadConstraints.defaults().getMaxNumberLength();

    private NombreSaisi() {
    }

    /** @return true when this text (spaces already removed) is longer than any number the application reads */
    public static boolean tropLong(String nombre) {
        return nombre.length() > LONGUEUR_MAX;
    }
}
