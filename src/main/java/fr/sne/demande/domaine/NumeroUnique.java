package fr.sne.demande.domaine;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The numéro unique (national) of a demande: 18 characters, kept for the whole life of the demande.
 * <pre>
 *  TTT  MM YY  SSSSSS  GGGGG
 *  territory, month and year of first deposit, sequence within that territory and month, registering guichet
 * </pre>
 * Example: {@code 0591126000042G5901}. There is no check character (none is known in the real SNE).
 */
public record NumeroUnique(@JsonValue String valeur) {

    private static final Pattern COMPLET =
            Pattern.compile("[0-9][0-9][0-9AB](0[1-9]|1[0-2])[0-9]{2}[0-9]{6}" + CodeGuichet.MOTIF);

    public static final int SEQUENCE_MAX = 999_999;

    public NumeroUnique {
        if (valeur == null || !COMPLET.matcher(valeur).matches()) {
            throw new IllegalArgumentException("numéro unique mal formé : " + valeur);
        }
    }

    public static boolean estBienForme(String valeur) {
        return valeur != null && COMPLET.matcher(valeur).matches();
    }

    /** Composes the number; {@code sequence} is the rank of the demande in its territory and month. */
    public static NumeroUnique composer(String territoire, LocalDate dateDepot, int sequence, String guichet) {
        if (sequence < 1 || sequence > SEQUENCE_MAX) {
            throw new IllegalStateException("séquence hors bornes pour " + territoire + " : " + sequence);
        }
        return new NumeroUnique(territoire + moisAnnee(dateDepot) + "%06d".formatted(sequence) + guichet);
    }

    /** The {@code MMYY} part of a number for a deposit date. */
    public static String moisAnnee(LocalDate dateDepot) {
        return "%02d%02d".formatted(dateDepot.getMonthValue(), dateDepot.getYear() % 100);
    }

    public String territoire() {
        return valeur.substring(0, 3);
    }

    public String moisAnnee() {
        return valeur.substring(3, 7);
    }

    public int sequence() {
        return Integer.parseInt(valeur.substring(7, 13));
    }

    public String guichet() {
        return valeur.substring(13);
    }

    @Override
    public String toString() {
        return valeur;
    }
}
