package fr.sne.demande.domaine;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/** A guichet enregistreur's code: "G" then 4 digits or capital letters, the last part of a numéro unique. */
public record CodeGuichet(@JsonValue String valeur) {

    static final String MOTIF = "G[0-9A-Z]{4}";
    private static final Pattern FORMAT = Pattern.compile(MOTIF);

    public CodeGuichet {
        if (valeur == null || !FORMAT.matcher(valeur).matches()) {
            throw new IllegalArgumentException("code guichet mal formé : " + valeur);
        }
    }

    @Override
    public String toString() {
        return valeur;
    }
}
