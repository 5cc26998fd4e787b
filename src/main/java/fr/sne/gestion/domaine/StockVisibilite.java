package fr.sne.gestion.domaine;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Port (declared here, implemented by the infrastructure; the use cases depend on it): whether the applicant sees his events, per territory (table {@code evenement_visibilite_territoire}). */
public interface StockVisibilite {

    /** Whether the territory has switched the applicant's view on (no setting: off). */
    boolean visibleDemandeur(String territoire);

    /** The settings of these territories, null: of every territory that has one, by territory. */
    List<Reglage> reglages(@Nullable List<String> territoires);

    /** Sets the territory's choice (in the caller's transaction). */
    void regler(String territoire, boolean visibleDemandeur, String par, Instant le);

    /** A territory's setting: its choice, when and by whom it was made. */
    record Reglage(String territoire, boolean visibleDemandeur, @Nullable Instant modifieLe,
            @Nullable String modifiePar) {
    }
}
