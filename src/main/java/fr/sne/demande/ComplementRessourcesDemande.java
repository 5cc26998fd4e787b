package fr.sne.demande;

import java.util.Map;
import java.util.Optional;

import fr.sne.commun.acteur.Acteur;

/**
 * What another module shows in a demande's tab "Ressources" beside the resources the applicant declared, without the
 * demande module knowing its rules (the DRM's resources, issue 19): a fragment {@code complement} of the module's own
 * template, filled with the model it computes. The page asks it only for an actor who may see the demande, after it
 * has journaled the display of the tab, and only while the demande's nominative data are kept; the module journals
 * what it shows itself ({@link JournalConsultations}).
 */
public interface ComplementRessourcesDemande {

    /** The module's template that holds the fragment {@code complement} (reading the model attribute {@code complement}). */
    String gabarit();

    /** The fragment's model for this actor, or empty to show nothing. */
    Optional<Map<String, Object>> complement(String numeroUnique, Acteur acteur);
}
