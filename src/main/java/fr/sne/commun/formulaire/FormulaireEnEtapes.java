package fr.sne.commun.formulaire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.ErreurChamp;

/**
 * A form in several pages (steps) whose fields are many and named by their path in what is entered
 * ({@code personnesACharge[1].nom}, {@code motifs[0]}), the kit's other way of laying out errors beside
 * {@link Formulaire}: it does not list its fields but places each error ({@link Place}): the label the summary gives
 * it, the field it is shown under (a checkbox list's error under its group, a whole rubric's under its first field),
 * and the page holding that field when it is not the page shown. The errors of this page are shown under their
 * fields; every error has its line in the summary, linked to its field here or on its page.
 *
 * <p>Unlike a one-page form, a field with several errors shows them all, one after the other: a step is checked as
 * a whole and the agent corrects a field once.
 *
 * @param id     the id of the form element
 * @param places where each error of a field path is shown
 */
public record FormulaireEnEtapes(String id, Function<String, Place> places) {

    /**
     * Where an error is shown.
     *
     * @param libelle the label the summary gives it (for another page, what names that page too)
     * @param champ   the field it is shown under (its name; its id is {@link ErreursFormulaire#idDe})
     * @param page    the address of the page holding that field, null for the page shown
     */
    public record Place(String libelle, String champ, @Nullable String page) {
    }

    /** The errors of the page shown, laid out on the form. */
    public ErreursFormulaire erreurs(List<ErreurChamp> erreurs) {
        Map<String, ErreursFormulaire.Erreur> parChamp = new LinkedHashMap<>();
        List<ErreursFormulaire.Lien> resume = new ArrayList<>();
        for (ErreurChamp erreur : erreurs) {
            Place place = places.apply(erreur.champ());
            String cible = ErreursFormulaire.idDe(place.champ());
            String texte = place.libelle().isEmpty() ? erreur.message() : place.libelle() + " : " + erreur.message();
            resume.add(new ErreursFormulaire.Lien(cible, texte, place.page()));
            if (place.page() == null) {
                parChamp.merge(place.champ(), new ErreursFormulaire.Erreur(erreur.code(), erreur.message()),
                        (premiere, autre) -> new ErreursFormulaire.Erreur(premiere.code(),
                                premiere.message() + " " + autre.message()));
            }
        }
        return new ErreursFormulaire(parChamp, resume);
    }
}
