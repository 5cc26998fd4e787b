package fr.sne.gestion.domaine;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;

/**
 * A datum an event may carry (its name in {@code evenement_catalogue.donnees_requises} or
 * {@code donnees_facultatives}, and under {@code donnees} of the request), with its type: each reads the value
 * given (a JSON value, or the text of a form's field) into what the movement stores, or says why it cannot.
 */
public enum DonneeEvenement {
    /** The DALO commission's decision date (article L441-2-3 CCH): a date, not in the future. */
    DATE_DECISION("dateDecision"),
    /** One of the L441-1 priority publics ({@link PublicPrioritaire}). */
    PUBLIC("public"),
    /** A reservation contingent ({@link ContingentEligible}). */
    CONTINGENT("contingent"),
    /** The kind of a negative CAL decision ({@link NatureDecisionNegative}). */
    NATURE("nature"),
    /** The candidate's rank in an attribution with rank: 1 to 99. */
    RANG("rang"),
    /** The deadline of a suspensive condition: a date. */
    DATE_LIMITE("dateLimite"),
    /** The dwelling's RPLS identifier: 1 to 20 letters or digits. */
    IDENTIFIANT_RPLS("identifiantRpls"),
    /** A reason, in a few words: up to 500 characters. */
    MOTIF("motif");

    static final int MAX_MOTIF = 500;

    private final String nom;

    DonneeEvenement(String nom) {
        this.nom = nom;
    }

    /** The datum's name, as the catalogue and the API write it. */
    public String nom() {
        return nom;
    }

    public static Optional<DonneeEvenement> deNom(String nom) {
        return Arrays.stream(values()).filter(d -> d.nom.equals(nom)).findFirst();
    }

    /**
     * Reads a value given for this datum.
     *
     * @param champ       where the value was given (e.g. {@code donnees.dateDecision}), for the errors
     * @param aujourdhui  today, for a date that may not be in the future
     * @return what the movement stores (a text or an integer), or null with the error added
     */
    public @Nullable Object lire(Object valeur, String champ, LocalDate aujourdhui, List<ErreurChamp> erreurs) {
        return switch (this) {
            case DATE_DECISION -> date(valeur, champ, aujourdhui, true, erreurs);
            case DATE_LIMITE -> date(valeur, champ, aujourdhui, false, erreurs);
            case PUBLIC -> code(valeur, champ, Arrays.stream(PublicPrioritaire.values()).map(Enum::name).toList(),
                    "PublicPrioritaire", erreurs);
            case CONTINGENT -> code(valeur, champ, Arrays.stream(ContingentEligible.values()).map(Enum::name).toList(),
                    "ContingentEligible", erreurs);
            case NATURE -> code(valeur, champ, Arrays.stream(NatureDecisionNegative.values()).map(Enum::name)
                    .toList(), "NatureDecisionNegative", erreurs);
            case RANG -> rang(valeur, champ, erreurs);
            case IDENTIFIANT_RPLS -> {
                if (valeur instanceof String s && s.strip().matches("[A-Za-z0-9]{1,20}")) {
                    yield s.strip();
                }
                erreurs.add(new ErreurChamp(champ, CodeMotif.FORMAT_INVALIDE,
                        "Identifiant RPLS attendu : 1 à 20 lettres ou chiffres."));
                yield null;
            }
            case MOTIF -> {
                if (!(valeur instanceof String s) || s.isBlank()) {
                    erreurs.add(ErreurChamp.de(champ, CodeMotif.FORMAT_INVALIDE));
                    yield null;
                }
                int avant = erreurs.size();
                TexteSaisi.verifier(champ, s, MAX_MOTIF, erreurs);
                yield erreurs.size() == avant ? s.strip() : null;
            }
        };
    }

    private static @Nullable Object date(Object valeur, String champ, LocalDate aujourdhui, boolean passee,
            List<ErreurChamp> erreurs) {
        LocalDate date = null;
        if (valeur instanceof String s && s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            try {
                date = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                date = null;
            }
        }
        if (date == null) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.FORMAT_INVALIDE, "Date attendue au format AAAA-MM-JJ."));
            return null;
        }
        if (passee && date.isAfter(aujourdhui)) {
            erreurs.add(ErreurChamp.de(champ, CodeMotif.DATE_FUTURE));
            return null;
        }
        if (date.getYear() < 1990 || date.isAfter(aujourdhui.plusYears(5))) {
            erreurs.add(ErreurChamp.de(champ, CodeMotif.DATE_INVRAISEMBLABLE));
            return null;
        }
        return date.toString();
    }

    private static @Nullable Object code(Object valeur, String champ, List<String> codes, String liste,
            List<ErreurChamp> erreurs) {
        if (valeur instanceof String s && codes.contains(s)) {
            return s;
        }
        String code = valeur instanceof String s ? s : String.valueOf(valeur);
        erreurs.add(new ErreurChamp(champ, CodeMotif.CODE_INCONNU,
                CodeMotif.CODE_INCONNU.message(Map.of("code", code.length() > 40 ? code.substring(0, 40) : code,
                        "liste", liste))));
        return null;
    }

    private static @Nullable Object rang(Object valeur, String champ, List<ErreurChamp> erreurs) {
        Integer rang = null;
        if (valeur instanceof Integer i) {
            rang = i;
        } else if (valeur instanceof String s && s.strip().matches("[0-9]{1,2}")) {
            rang = Integer.valueOf(s.strip());
        }
        if (rang == null || rang < 1 || rang > 99) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.HORS_BORNES, "Rang attendu : un entier de 1 à 99."));
            return null;
        }
        return rang;
    }
}
