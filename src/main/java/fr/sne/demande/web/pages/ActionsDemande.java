package fr.sne.demande.web.pages;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import fr.sne.commun.formulaire.ActionAConfirmer;
import fr.sne.commun.formulaire.Formulaire;
import fr.sne.demande.application.VersionPerimeeException;
import fr.sne.demande.domaine.Demande;

/**
 * What the action pages of a demande share (renewal, radiation, reactivation, warning, separation): each is the
 * page that confirms an action ({@link ActionAConfirmer}) with its texts and fields in {@code demande/actions.html},
 * posted with the version displayed, and each refusal read the same way ({@link #refus}).
 */
final class ActionsDemande {

    /** The template of the actions' fragments. */
    static final String GABARIT = "demande/actions";

    /** The id of an action's form: a refusal of the whole form links to it. */
    static final String FORMULAIRE_ACTION = "formulaire-action";

    private static final String VERSION_PERIMEE = "La demande a changé depuis que vous l'avez affichée (quelqu'un "
            + "d'autre l'a modifiée) : rien n'a été enregistré. Vérifiez son état ci-dessous, puis confirmez de "
            + "nouveau si l'action est toujours à faire.";

    private ActionsDemande() {
    }

    /**
     * The one reading of a refused action on a demande: invalid data (422) laid out on the form; a form drawn from a
     * version that changed since (409) and a refusal of the demande's state (409) about the whole form.
     */
    static Formulaire.Refus refus(RuntimeException e, Formulaire formulaire) {
        if (e instanceof VersionPerimeeException) {
            return new Formulaire.Refus(formulaire.globale(VERSION_PERIMEE), HttpStatus.CONFLICT);
        }
        return formulaire.refus(e);
    }

    /**
     * The confirmation page of the action {@code cle} (its address {@code /pro/demandes/{numero}/{cle}}, its
     * fragments {@code cle-texte} and, when it has fields, {@code cle-champs}).
     */
    static ActionAConfirmer action(Demande demande, String cle, boolean avecChamps, boolean possible,
            String titrePage, String titre, String titreRefus, String confirmation, String bouton) {
        String numero = demande.numeroUnique().valeur();
        @Nullable String champs = avecChamps ? cle + "-champs" : null;
        return new ActionAConfirmer(GABARIT, titrePage, titre, titreRefus, cle + "-texte", champs, possible,
                "/pro/demandes/" + numero + "/" + cle, Map.of("version", String.valueOf(demande.version())),
                confirmation, bouton, "/pro/demandes/" + numero, "/ressources/pro/demande.js");
    }
}
