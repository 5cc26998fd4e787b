package fr.sne.commun;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of one request into typed values, once, at the edge: each value comes either already typed (the
 * API's JSON body, read by Jackson) or as the text of a web form's field, and the same reading applies to both, so
 * that a command's parser is one method whatever the way in. Every field's error is kept (field path and code of the
 * catalogue); {@link #valider} then refuses the request with all of them. A missing or blank value reads as null
 * (required fields add {@code OBLIGATOIRE}).
 */
public final class LectureChamps {

    private final List<ErreurChamp> erreurs = new ArrayList<>();

    /** The errors read so far. */
    public List<ErreurChamp> erreurs() {
        return List.copyOf(erreurs);
    }

    public void ajouter(ErreurChamp erreur) {
        erreurs.add(erreur);
    }

    /** @return whether this field already has an error */
    public boolean enErreur(String champ) {
        return erreurs.stream().anyMatch(e -> e.champ().equals(champ));
    }

    /** @throws DonneesInvalidesException when any field was refused */
    public void valider() {
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
    }

    /** A text, stripped; blank reads as null. */
    public @Nullable String texte(String champ, @Nullable Object valeur, boolean requis) {
        String texte = valeur == null ? null : valeur.toString().strip();
        if (texte == null || texte.isEmpty()) {
            return manquant(champ, requis);
        }
        return texte;
    }

    /** A decimal number; a form's text may use a decimal comma. */
    public @Nullable BigDecimal decimal(String champ, @Nullable Object valeur, boolean requis) {
        if (valeur instanceof BigDecimal nombre) {
            return nombre;
        }
        if (valeur instanceof Number nombre) {
            return new BigDecimal(nombre.toString());
        }
        String texte = texte(champ, valeur, requis);
        if (texte == null) {
            return null;
        }
        String chiffres = texte.replace(" ", "").replace(',', '.');
        if (!NombreSaisi.tropLong(chiffres) && chiffres.matches("[+-]?[0-9]+(\\.[0-9]*)?")) {
            return new BigDecimal(chiffres);
        }
        return format(champ, "Nombre attendu, par exemple 64,5.");
    }

    /** A whole number from 0; a form's text is digits only. */
    public @Nullable Long entier(String champ, @Nullable Object valeur, boolean requis) {
        if (valeur instanceof Long || valeur instanceof Integer || valeur instanceof Short) {
            return ((Number) valeur).longValue();
        }
        String texte = texte(champ, valeur, requis);
        if (texte == null) {
            return null;
        }
        if (texte.matches("[0-9]{1,18}")) {
            return Long.valueOf(texte);
        }
        return format(champ, "Entier positif attendu.");
    }

    /** A day, ISO 8601 (what a form's date field sends). */
    public @Nullable LocalDate date(String champ, @Nullable Object valeur, boolean requis) {
        if (valeur instanceof LocalDate date) {
            return date;
        }
        String texte = texte(champ, valeur, requis);
        if (texte == null) {
            return null;
        }
        try {
            return LocalDate.parse(texte);
        } catch (DateTimeParseException e) {
            return format(champ, "Date attendue au format JJ/MM/AAAA.");
        }
    }

    /** Yes or no: a JSON boolean, or a form's {@code oui} / {@code non}. */
    public @Nullable Boolean ouiNon(String champ, @Nullable Object valeur, boolean requis) {
        if (valeur instanceof Boolean b) {
            return b;
        }
        String texte = texte(champ, valeur, requis);
        if (texte == null) {
            return null;
        }
        return switch (texte) {
            case "oui", "true" -> Boolean.TRUE;
            case "non", "false" -> Boolean.FALSE;
            default -> format(champ, "Oui ou non attendu.");
        };
    }

    /**
     * A code of an enumeration, by its name ({@code CODE_INCONNU} naming the values otherwise).
     *
     * @param liste how the error names the list; null for the list of the values
     */
    public <E extends Enum<E>> @Nullable E code(String champ, @Nullable Object valeur, Class<E> type,
            @Nullable String liste, boolean requis) {
        String texte = texte(champ, valeur, requis);
        if (texte == null) {
            return null;
        }
        E[] valeurs = type.getEnumConstants();
        for (E e : valeurs) {
            if (e.name().equals(texte)) {
                return e;
            }
        }
        String affiche = texte.length() > 40 ? texte.substring(0, 40) + "…" : texte;
        erreurs.add(new ErreurChamp(champ, CodeMotif.CODE_INCONNU, CodeMotif.CODE_INCONNU.message(Map.of("code",
                TexteSaisi.stockable(affiche), "liste", liste != null ? liste
                        : Arrays.stream(valeurs).map(Enum::name).collect(Collectors.joining(", "))))));
        return null;
    }

    private <T> @Nullable T manquant(String champ, boolean requis) {
        if (requis) {
            erreurs.add(ErreurChamp.de(champ, CodeMotif.OBLIGATOIRE));
        }
        return null;
    }

    private <T> @Nullable T format(String champ, String message) {
        erreurs.add(new ErreurChamp(champ, CodeMotif.FORMAT_INVALIDE, message));
        return null;
    }
}
