package fr.sne.commun.json;

/**
 * One top-level member of a JSON object already written as text, set to {@code null} or taken out, without building
 * a tree: one pass that follows strings (by {@link String#indexOf}, vectorised by the JVM, escapes counted) and
 * nesting, stopping at the member. For documents that are read far more often than written and given whole but for
 * one member (the feed's movement documents without the demande's content, a demande's content without its storage
 * version): decoding and writing again each one cost more than the database's reading it.
 *
 * <p>The text must be one JSON object as a JSON writer (Jackson, PostgreSQL) produces it; it is not validated beyond
 * what the pass needs. The name looked for is a plain one (no character JSON escapes). A text that ends inside a string or a value is an {@link IllegalArgumentException}.
 */
public final class MembresJson {

    private MembresJson() {
    }

    /** The object with the value of its top-level member {@code nom} replaced by {@code null}; as is without it. */
    public static String avecMembreNul(String objet, String nom) {
        int[] membre = trouver(objet, nom);
        if (membre == null) {
            return objet;
        }
        return objet.substring(0, membre[1]) + "null" + objet.substring(membre[2]);
    }

    /** The object without its top-level member {@code nom} (key, value and one separating comma); as is without it. */
    public static String sansMembre(String objet, String nom) {
        int[] membre = trouver(objet, nom);
        if (membre == null) {
            return objet;
        }
        int debut = membre[0];
        int fin = blancs(objet, membre[2]);
        if (fin < objet.length() && objet.charAt(fin) == ',') {
            // a member follows: the comma after this one goes with it
            fin = blancs(objet, fin + 1);
        } else {
            // the last member: the comma before it goes, if any
            int avant = debut - 1;
            while (avant >= 0 && Character.isWhitespace(objet.charAt(avant))) {
                avant--;
            }
            if (avant >= 0 && objet.charAt(avant) == ',') {
                debut = avant;
            }
            fin = membre[2];
        }
        return objet.substring(0, debut) + objet.substring(fin);
    }

    /**
     * The top-level member {@code nom}: where its key's quote opens, where its value starts, and just after its
     * value; null when the object has none.
     */
    private static int @org.jspecify.annotations.Nullable [] trouver(String objet, String nom) {
        for (int k = 0; k < nom.length(); k++) {
            char c = nom.charAt(k);
            if (c == '"' || c == '\\' || c < 0x20) {
                throw new IllegalArgumentException("nom de membre à échapper : " + nom);
            }
        }
        int n = objet.length();
        int profondeur = 0;
        int i = 0;
        while (i < n) {
            char c = objet.charAt(i);
            if (c == '"') {
                int fin = finDeChaine(objet, i);
                if (profondeur == 1 && fin - i == nom.length() + 2 && objet.startsWith(nom, i + 1)) {
                    int j = blancs(objet, fin);
                    if (j < n && objet.charAt(j) == ':') {
                        int valeur = blancs(objet, j + 1);
                        return new int[] {i, valeur, finDeValeur(objet, valeur)};
                    }
                }
                i = fin;
            } else {
                if (c == '{' || c == '[') {
                    profondeur++;
                } else if (c == '}' || c == ']') {
                    profondeur--;
                }
                i++;
            }
        }
        return null;
    }

    /** The index just after the string opening at {@code debut}: the next quote not escaped (an even run of \). */
    private static int finDeChaine(String texte, int debut) {
        int i = debut + 1;
        while (true) {
            int guillemet = texte.indexOf('"', i);
            if (guillemet < 0) {
                throw new IllegalArgumentException("chaîne non terminée à " + debut);
            }
            int barres = 0;
            while (texte.charAt(guillemet - 1 - barres) == '\\') {
                barres++;
            }
            if (barres % 2 == 0) {
                return guillemet + 1;
            }
            i = guillemet + 1;
        }
    }

    private static int blancs(String texte, int debut) {
        int i = debut;
        while (i < texte.length() && Character.isWhitespace(texte.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index just after the value starting at {@code debut} (object, array, string or literal). */
    private static int finDeValeur(String texte, int debut) {
        int n = texte.length();
        if (debut >= n) {
            throw new IllegalArgumentException("valeur absente à " + debut);
        }
        char premier = texte.charAt(debut);
        if (premier == '"') {
            return finDeChaine(texte, debut);
        }
        if (premier != '{' && premier != '[') {
            int i = debut;
            while (i < n && ",}] \n\r\t".indexOf(texte.charAt(i)) < 0) {
                i++;
            }
            return i;
        }
        int profondeur = 0;
        int i = debut;
        while (i < n) {
            char c = texte.charAt(i);
            if (c == '"') {
                i = finDeChaine(texte, i);
                continue;
            }
            if (c == '{' || c == '[') {
                profondeur++;
            } else if (c == '}' || c == ']') {
                profondeur--;
                if (profondeur == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        throw new IllegalArgumentException("valeur non terminée à " + debut);
    }
}
