package fr.sne.commun;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;

/**
 * Checks that apply to every text a client sends, whatever the field, through the API or a web form: no control
 * character (Unicode category Cc, the tab, line feed and carriage return excepted, which the registry turns into
 * spaces), no bidirectional control (the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069, the
 * marks U+200E, U+200F and U+061C), no unpaired surrogate, no noncharacter (U+FDD0–U+FDEF, U+xxFFFE, U+xxFFFF), no
 * replacement character U+FFFD (what a decoder writes where it could not read the bytes: the text is already
 * damaged, and the registry asks for the real character rather than keep a damaged name); and a maximum length. PostgreSQL refuses U+0000 in text and JSON; a bidirectional control makes a screen or a printed
 * letter show the text in another order than it was typed (an address, a number); none of these characters has a
 * meaning in a name, an address or a note. Other format characters stay admitted: the zero-width (non-)joiners
 * U+200C and U+200D belong to the spelling of Persian or Indic words, and right-to-left scripts need no control to
 * be shown in their direction.
 */
public final class TexteSaisi {

    /** Names, first names, towns. */
    public static final int MAX_NOM = 100;
    /** Codes of the SNE lists, INSEE codes, NIR, SIRET, postcodes, numbers. */
    public static final int MAX_CODE = 30;

    /** U+FFFD REPLACEMENT CHARACTER. */
    public static final char REMPLACEMENT = '\uFFFD';

    private TexteSaisi() {
    }

    /**
     * The text as a form's draft may keep it: a draft holds what was typed, errors included, in a {@code jsonb}
     * document, where PostgreSQL refuses U+0000; the NUL is kept as {@link #REMPLACEMENT}, which this check refuses
     * too, so the field still shows its error and the draft stays readable.
     */
    public static String stockable(String texte) {
        return texte.indexOf('\0') < 0 ? texte : texte.replace('\0', REMPLACEMENT);
    }

    public static boolean caractereInterdit(String texte) {
        for (int i = 0; i < texte.length(); ) {
            int c = texte.codePointAt(i);
            if (interdit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** A character that changes the direction in which the text around it is shown (Unicode's Bidi_Control). */
    private static boolean controleBidirectionnel(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }

    private static boolean interdit(int c) {
        if (controleBidirectionnel(c) || c == REMPLACEMENT) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL -> c != '\t' && c != '\n' && c != '\r';
            case Character.SURROGATE -> true; // a surrogate left alone: a well-formed pair is one code point
            default -> (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
        };
    }

    /** Adds to {@code erreurs} the error of this value, if any ({@code CARACTERE_INTERDIT} or {@code TAILLE}). */
    public static void verifier(String champ, @Nullable String valeur, int max, List<ErreurChamp> erreurs) {
        if (valeur == null) {
            return;
        }
        if (caractereInterdit(valeur)) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.CARACTERE_INTERDIT, "Ce texte contient un caractère de contrôle "
                    + "(dont ceux qui changent le sens d'écriture) ou un caractère invalide."));
        } else if (valeur.length() > max) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.TAILLE, "Au plus " + max + " caractères."));
        }
    }

    /**
     * Visits every text of a tree of records and lists, with its JSON path ("demandeur.prenoms",
     * "logementRecherche.typesLogement[1]"), so that a rule on texts is applied to all of them, new fields included.
     */
    public static void parcourir(@Nullable Object racine, BiConsumer<String, String> visiteur) {
        parcourir("", racine, visiteur);
    }

    private static void parcourir(String chemin, @Nullable Object valeur, BiConsumer<String, String> visiteur) {
        switch (valeur) {
            case null -> {
            }
            case String texte -> visiteur.accept(chemin, texte);
            case List<?> liste -> {
                for (int i = 0; i < liste.size(); i++) {
                    parcourir(chemin + "[" + i + "]", liste.get(i), visiteur);
                }
            }
            case Record enregistrement -> {
                for (RecordComponent composant : enregistrement.getClass().getRecordComponents()) {
                    Object enfant;
                    try {
                        composant.getAccessor().setAccessible(true);
                        enfant = composant.getAccessor().invoke(enregistrement);
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        throw new IllegalStateException(e);
                    }
                    parcourir(chemin.isEmpty() ? composant.getName() : chemin + "." + composant.getName(), enfant,
                            visiteur);
                }
            }
            default -> {
                // numbers, dates, booleans: no text
            }
        }
    }
}
