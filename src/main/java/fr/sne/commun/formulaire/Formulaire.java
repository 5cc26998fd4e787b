package fr.sne.commun.formulaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

import org.springframework.http.HttpStatus;

import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;

/**
 * The fields of one form of the professional web application: the id of its {@code <form>} element and, in the
 * form's order, each field's name (the one the use case names in its {@link ErreurChamp}) with the label the error
 * summary gives it. A controller declares one per form and turns every refusal into its {@link ErreursFormulaire}:
 * an error of a field the form has is shown under it and listed in the summary as "label : message"; an error of a
 * field it has not (another part of the demande) and a refusal of the whole form are listed alone, linked to the
 * form.
 *
 * @param id       the id of the form element
 * @param libelles field → label, in the form's order
 */
public record Formulaire(String id, SequencedMap<String, String> libelles) {

    /** A refused submission as the page shows it again: its errors and the page's HTTP status. */
    public record Refus(ErreursFormulaire erreurs, HttpStatus statut) {
    }

    public Formulaire {
        libelles = new LinkedHashMap<>(libelles);
    }

    /** A form from its id and its fields, given as name, label, name, label… */
    public static Formulaire de(String id, String... champsEtLibelles) {
        if (champsEtLibelles.length % 2 != 0) {
            throw new IllegalArgumentException("Each field needs its label.");
        }
        SequencedMap<String, String> libelles = new LinkedHashMap<>();
        for (int i = 0; i < champsEtLibelles.length; i += 2) {
            libelles.put(champsEtLibelles[i], champsEtLibelles[i + 1]);
        }
        return new Formulaire(id, libelles);
    }

    /** The label of a field, for the templates (empty for a field the form has not). */
    public String libelle(String champ) {
        return libelles.getOrDefault(champ, "");
    }

    /** The errors of a refused submission, laid out on this form. */
    public ErreursFormulaire erreurs(List<ErreurChamp> erreurs) {
        Map<String, ErreursFormulaire.Erreur> parChamp = new LinkedHashMap<>();
        List<ErreursFormulaire.Lien> resume = new ArrayList<>();
        for (ErreurChamp erreur : erreurs) {
            String libelle = libelles.get(erreur.champ());
            if (libelle == null) {
                resume.add(new ErreursFormulaire.Lien(id, erreur.message()));
            } else if (!parChamp.containsKey(erreur.champ())) {
                // one line per field, as under the field: its first error
                parChamp.put(erreur.champ(), new ErreursFormulaire.Erreur(erreur.code(), erreur.message()));
                resume.add(new ErreursFormulaire.Lien(ErreursFormulaire.idDe(erreur.champ()),
                        libelle.isEmpty() ? erreur.message() : libelle + " : " + erreur.message()));
            }
        }
        Map<String, ErreursFormulaire.Erreur> ordonnees = new LinkedHashMap<>();
        libelles.keySet().stream().filter(parChamp::containsKey).forEach(c -> ordonnees.put(c, parChamp.get(c)));
        return new ErreursFormulaire(ordonnees, resume);
    }

    /** A refusal of the whole form (the state of what it acts on), linked to the form itself. */
    public ErreursFormulaire globale(String message) {
        return new ErreursFormulaire(Map.of(), List.of(new ErreursFormulaire.Lien(id, message)));
    }

    /**
     * The one reading of a refused submission: invalid data (422) under their fields, a conflict with the state of
     * the registry (409) about the whole form. Any other exception is not a refusal and goes on.
     */
    public Refus refus(RuntimeException e) {
        return switch (e) {
            case DonneesInvalidesException invalides ->
                new Refus(erreurs(invalides.erreurs()), HttpStatus.UNPROCESSABLE_CONTENT);
            case ConflitException conflit -> new Refus(globale(conflit.getMessage()), HttpStatus.CONFLICT);
            default -> throw e;
        };
    }
}
