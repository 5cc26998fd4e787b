package fr.sne.attribution.domaine;

import java.time.LocalDate;
import java.util.Optional;

import fr.sne.demande.DemandeLue;

/**
 * Port: a household's resources per consumption unit and its place against the first quartile of the EPCI of a
 * commune, for a day (section 4 of issue 15 provides it). Recorded on each decision and in the attribution fact.
 */
public interface QuartileMenage {

    /** Empty when no threshold is known for the commune's EPCI that year. */
    Optional<PositionQuartile> position(DemandeLue demande, String codeCommune, LocalDate jour);
}
