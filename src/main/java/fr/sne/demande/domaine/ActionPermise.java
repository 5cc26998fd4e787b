package fr.sne.demande.domaine;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.Refus;

/**
 * Whether an actor may take an action on a demande now: allowed, or the refusal the transition would give.
 *
 * @param motif the motive of R441-2-8 CCH, for {@link ActionDemande#AVERTIR} and {@link ActionDemande#RADIER};
 *              else null
 * @param refus null when allowed
 */
public record ActionPermise(ActionDemande action, @Nullable MotifRadiation motif, @Nullable Refus refus) {

    public ActionPermise {
        Objects.requireNonNull(action, "action");
    }

    public boolean permise() {
        return refus == null;
    }
}
