package fr.sne.demande;

import java.util.Map;

import fr.sne.commun.acteur.Acteur;

/**
 * What another module adds to a demande's page ({@code /pro/demandes/{numero}}) without the demande module knowing
 * its rules: a tab of its own, and optionally an insert under the page's header, each a fragment of the module's
 * own template filled with the model it computes. The gestion partagée adds its tab "Événements" and the
 * priorities recognised. The page asks it only for an actor who may see the demande, after it has journaled the
 * display (a tab of another module is journaled as the screen {@code HISTORIQUE}: it shows what happened to the
 * demande, not its rubrics). Forms of the tab post to the module's own controllers.
 */
public interface ExtensionPageDemande {

    /** The tab's code, its address being {@code ?onglet=code}; different from the demande's own tabs. */
    String code();

    /** The tab's name. */
    String libelle();

    /**
     * The module's template that holds the fragment {@code onglet} (the tab's content, reading the model attribute
     * {@code volet}) and, when {@link #encart} gives a model, the fragment {@code encart} (reading {@code encart}).
     */
    String gabarit();

    /**
     * The tab's model (attribute {@code volet}), for an actor who may see the demande.
     *
     * @param parametres the query parameters of the page's address (a tab's own choices, e.g. a view)
     */
    Map<String, Object> onglet(String numeroUnique, Acteur acteur, Map<String, String> parametres);

    /** The insert's model (attribute {@code encart}) on every tab, or empty for no insert. */
    default Map<String, Object> encart(String numeroUnique, Acteur acteur) {
        return Map.of();
    }
}
