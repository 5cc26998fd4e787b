package fr.sne.demande.web.pages;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Refus;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ActionPermise;

/**
 * The lifecycle buttons of a demande's page, from what the demande says the agent may do now
 * ({@code Demande.actionsPermises}): each shown as a link, greyed with the reason of its refusal, or not shown
 * when it is not this agent's to take at all (an agent of no guichet, a merge for a guichet, a reactivation of an
 * active demande, changes of a radiated one, whose state the page's header already says).
 *
 * @param action  the action of the button
 * @param affiche whether the button is on the page
 * @param permis  whether it is a link (else greyed)
 * @param raison  why it is greyed: the refusal's message from the catalogue; else null
 */
record BoutonsActions(ActionDemande action, boolean affiche, boolean permis, @Nullable String raison) {

    /** Refusals that take the button away rather than grey it: the action is not this agent's here. */
    private static final Set<CodeMotif> SANS_BOUTON = EnumSet.of(CodeMotif.GUICHET_REQUIS,
            CodeMotif.FUSION_RESERVEE_AU_GESTIONNAIRE, CodeMotif.DEMANDE_ACTIVE, CodeMotif.DEMANDE_NON_ACTIVE,
            CodeMotif.CO_DEMANDEUR_INTROUVABLE);

    /**
     * One button per action, by name ({@code MODIFIER}, {@code RADIER}…). Warning and radiation, listed per motive,
     * are one button each: allowed when some motive is (the form then says which), else greyed with the first
     * motive's refusal.
     *
     * @param effacees the demande's nominative data are erased: no action is offered
     */
    static Map<String, BoutonsActions> de(List<ActionPermise> actions, boolean effacees) {
        Map<ActionDemande, BoutonsActions> boutons = new EnumMap<>(ActionDemande.class);
        for (ActionPermise a : actions) {
            BoutonsActions bouton = bouton(a, effacees);
            boutons.merge(a.action(), bouton, (avant, autre) -> avant.permis ? avant : autre.permis ? autre : avant);
        }
        Map<String, BoutonsActions> parNom = new java.util.LinkedHashMap<>();
        boutons.forEach((action, bouton) -> parNom.put(action.name(), bouton));
        return parNom;
    }

    private static BoutonsActions bouton(ActionPermise a, boolean effacees) {
        Refus refus = a.refus();
        if (effacees || refus != null && SANS_BOUTON.contains(refus.code())) {
            return new BoutonsActions(a.action(), false, false, null);
        }
        return new BoutonsActions(a.action(), true, refus == null, refus == null ? null : refus.message());
    }

    /** @return true when shown greyed */
    public boolean grise() {
        return affiche && !permis;
    }
}
