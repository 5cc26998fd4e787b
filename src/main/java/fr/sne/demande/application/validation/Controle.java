package fr.sne.demande.application.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.SaisiePays;

/**
 * One pass of checks over a demande: the referentials, the day, and the errors gathered so far (every rubric
 * adds its own rather than stopping at the first one), with the checks the rubrics share.
 */
final class Controle {

    static final int MAX_LONGUEUR_NOM = TexteSaisi.MAX_NOM;
    static final int AGE_MAX = 125;
    private static final Pattern NOM = Pattern.compile("^[\\p{L}][\\p{L}\\p{M} '’.-]*$");

    final ReferentielGeographique geographie;
    final ReferentielPays pays;
    final Nomenclatures nomenclatures;
    final LocalDate aujourdhui;
    final List<ErreurChamp> erreurs = new ArrayList<>();

    Controle(ReferentielGeographique geographie, ReferentielPays pays, Nomenclatures nomenclatures,
            LocalDate aujourdhui) {
        this.geographie = geographie;
        this.pays = pays;
        this.nomenclatures = nomenclatures;
        this.aujourdhui = aujourdhui;
    }

    void erreur(String champ, CodeMotif code, String message) {
        erreurs.add(new ErreurChamp(champ, code, message));
    }

    boolean obligatoire(String champ, @Nullable Object valeur) {
        if (valeur == null || (valeur instanceof String s && s.isBlank())) {
            erreurs.add(ErreurChamp.de(champ, CodeMotif.OBLIGATOIRE));
            return false;
        }
        return true;
    }

    /**
     * A country field by the 2025 rules (ADR 0019): its COG name, whatever the case and accents it was typed in,
     * or from a deprecated COG code; null with an error naming the field for an ISO code, France or one of its
     * DROM-COM, or an unknown value. Call only on a value that is not blank.
     */
    @Nullable String pays(String champ, String valeur) {
        return switch (pays.lire(valeur)) {
            case SaisiePays.Nom(var p) -> p.nom();
            case SaisiePays.CodeCog(var p) -> p.nom();
            case SaisiePays.CodeIso(var code) -> {
                erreur(champ, CodeMotif.PAYS_CODE_ISO_REFUSE, CodeMotif.PAYS_CODE_ISO_REFUSE.message(
                        java.util.Map.of("code", code)));
                yield null;
            }
            case SaisiePays.France(var saisie) -> {
                erreur(champ, CodeMotif.PAYS_FRANCE_REFUSE, CodeMotif.PAYS_FRANCE_REFUSE.message(
                        java.util.Map.of("pays", saisie)));
                yield null;
            }
            case SaisiePays.Inconnu(var saisie) -> {
                erreur(champ, CodeMotif.PAYS_INCONNU, CodeMotif.PAYS_INCONNU.message(java.util.Map.of("pays", saisie)));
                yield null;
            }
        };
    }

    void taille(String champ, int taille, int max) {
        if (taille > max) {
            erreur(champ, CodeMotif.TAILLE, "Au plus " + max + " éléments.");
        }
    }

    void code(String champ, @Nullable String valeur, String liste, boolean requis) {
        if (valeur == null || valeur.isBlank()) {
            if (requis) {
                obligatoire(champ, valeur);
            }
            return;
        }
        if (!nomenclatures.contient(liste, valeur)) {
            erreur(champ, CodeMotif.CODE_INCONNU, "Code « " + valeur + " » absent de la nomenclature " + liste
                    + " (valeurs admises : " + String.join(", ", nomenclatures.liste(liste).keySet()) + ").");
        }
    }

    void nom(String champ, @Nullable String valeur, boolean requis) {
        if (requis && !obligatoire(champ, valeur)) {
            return;
        }
        if (valeur == null || valeur.isBlank()) {
            return;
        }
        String v = valeur.strip();
        if (v.length() <= MAX_LONGUEUR_NOM && !TexteSaisi.caractereInterdit(v) && !NOM.matcher(v).matches()) {
            erreur(champ, CodeMotif.FORMAT_INVALIDE, "Seuls des lettres, espaces, tirets et apostrophes sont admis.");
        }
    }

    void dateNaissance(String champ, @Nullable LocalDate date) {
        if (!obligatoire(champ, date)) {
            return;
        }
        if (date.isAfter(aujourdhui)) {
            erreur(champ, CodeMotif.DATE_FUTURE, "La date de naissance ne peut pas être dans le futur.");
        } else if (date.isBefore(aujourdhui.minusYears(AGE_MAX))) {
            erreur(champ, CodeMotif.DATE_INVRAISEMBLABLE, "Date de naissance invraisemblable.");
        }
    }

    void montant(String champ, @Nullable BigDecimal montant) {
        if (montant != null && !RegleMontant.recevable(montant)) {
            erreurs.add(ErreurChamp.de(champ, CodeMotif.MONTANT_INVALIDE));
        }
    }

    /** A text as the registry keeps it: trimmed, inner runs of spaces as one; blank is absent. */
    static @Nullable String texte(@Nullable String valeur) {
        if (valeur == null) {
            return null;
        }
        String v = valeur.strip().replaceAll("\\s+", " ");
        return v.isEmpty() ? null : v;
    }

    /** A code of a list that holds no null: a blank entry (refused) stays an empty text. */
    static String codeListe(@Nullable String valeur) {
        String v = texte(valeur);
        return v == null ? "" : v;
    }
}
