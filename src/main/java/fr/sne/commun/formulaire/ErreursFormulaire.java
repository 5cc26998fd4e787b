package fr.sne.commun.formulaire;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The errors of one submitted form, as the DSFR shows them: under each field its first error (a catalogue code and
 * a French message), and a summary at the top whose lines link to the fields (or to the form itself for a refusal
 * of the whole form). Built by {@link Formulaire#erreurs}; the templates read it as {@code erreurs}.
 *
 * @param parChamp the first error of each field of the form, in the form's order
 * @param resume   the lines of the summary, in the order of the errors
 */
public record ErreursFormulaire(Map<String, Erreur> parChamp, List<Lien> resume) {

    /** No error: a form displayed for the first time. */
    public static final ErreursFormulaire AUCUNE = new ErreursFormulaire(Map.of(), List.of());

    /** A field's error: its catalogue code ({@code CodeMotif} name) and its message. */
    public record Erreur(String code, String message) {
    }

    /**
     * A line of the summary: the id of the element it links to, its text, and the address of the page holding that
     * element when it is another page of a form in steps ({@link FormulaireEnEtapes}), null for this page.
     */
    public record Lien(String id, String message, @Nullable String page) {

        /** A line linked to an element of this page. */
        public Lien(String id, String message) {
            this(id, message, null);
        }
    }

    public ErreursFormulaire {
        parChamp = Map.copyOf(parChamp);
        resume = List.copyOf(resume);
    }

    /**
     * The HTML id of a field: its name with dots turned into dashes ({@code attribution.contingent} →
     * {@code attribution-contingent}), and the rank of a repeated group's line a dash too
     * ({@code personnesACharge[1].nom} → {@code personnesACharge-1-nom}).
     */
    public static String idDe(String champ) {
        return champ.replace('.', '-').replace('[', '-').replace("]", "");
    }

    /** The same, for the templates. */
    public String id(String champ) {
        return idDe(champ);
    }

    public boolean presentes() {
        return !resume.isEmpty();
    }

    public boolean sur(String champ) {
        return parChamp.containsKey(champ);
    }

    public String message(String champ) {
        Erreur erreur = parChamp.get(champ);
        return erreur == null ? "" : erreur.message();
    }

    public String code(String champ) {
        Erreur erreur = parChamp.get(champ);
        return erreur == null ? "" : erreur.code();
    }

    /** The summary's title when the page gives none. */
    public String titre() {
        return resume.size() == 1 ? "Le formulaire contient une erreur"
                : "Le formulaire contient " + resume.size() + " erreurs";
    }
}
