package fr.sne.demande.domaine;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A commune's code in the INSEE's code officiel géographique: 5 characters, the département then the commune
 * ("59350", "2A004" in Corsica). Only the format is checked here; whether the commune exists is the
 * referential's business.
 */
public record CodeCommune(@JsonValue String valeur) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{5}|2[AB][0-9]{3}");

    public CodeCommune {
        if (valeur == null || !FORMAT.matcher(valeur).matches()) {
            throw new IllegalArgumentException("code commune INSEE mal formé : " + valeur);
        }
    }

    public static boolean estBienForme(String valeur) {
        return valeur != null && FORMAT.matcher(valeur).matches();
    }

    @Override
    public String toString() {
        return valeur;
    }
}
