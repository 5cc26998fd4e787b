package fr.sne.attribution.domaine;

import java.util.Map;
import java.util.Optional;

/** Port: the leases charged to a réservataire's flux (attribution facts naming it), per bailleur. */
public interface FluxAttributionsImputees {

    /**
     * @return per bailleur SIREN (empty for a fact whose guichet was linked to no bailleur), the year's attributions
     *         charged to the réservataire
     */
    Map<Optional<String>, Long> parBailleur(long reservataire, int annee);
}
