package fr.sne.commun.formulaire;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The page that confirms an action ({@code templates/pro/action.html}): a header, what the action does, the form's
 * own fields if any, the DSFR confirmation box, the submit button and a way back. What differs from one action to
 * another is given here; the header ({@code entete}), the text ({@code texte}) and the fields ({@code champs}) are
 * fragments of the action's own template {@code gabarit}, so that the law's wording stays in a template.
 *
 * @param gabarit      the template holding the fragments {@code entete}, {@code texte} and {@code champs}
 * @param titrePage    the page's title (before " — SNE")
 * @param titre        the heading of the action
 * @param titreRefus   the title of the error summary when the action was refused
 * @param texte        the fragment saying what the action does (and, when it is not possible, why)
 * @param champs       the fragment of the form's own fields, or null for a bare confirmation
 * @param possible     whether the form is shown
 * @param adresse      where the form is posted
 * @param caches       hidden fields (the version displayed...)
 * @param confirmation the text of the confirmation box
 * @param bouton       the text of the submit button
 * @param retour       the address of "Annuler"
 * @param script       the page's script (focus on the error summary)
 */
public record ActionAConfirmer(String gabarit, String titrePage, String titre, String titreRefus, String texte,
        @Nullable String champs, boolean possible, String adresse, Map<String, String> caches, String confirmation,
        String bouton, String retour, String script) {

    public ActionAConfirmer {
        caches = Map.copyOf(caches);
    }
}
