package fr.sne.attribution.application;

import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.Mixite;

/** The port of the mixité figures: the attribution facts of a year counted per EPCI. */
public interface FaitsMixite {

    /**
     * The counts of the year's attributions followed by a lease, per EPCI (those with at least one), in SIREN
     * order; only that EPCI's when {@code epci} is given (its counts at zero when it has none).
     */
    List<Mixite> parEpci(int annee, @Nullable String epci);
}
