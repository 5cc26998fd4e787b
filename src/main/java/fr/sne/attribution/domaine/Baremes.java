package fr.sne.attribution.domaine;

import java.time.LocalDate;
import java.util.Optional;

/** Port: the income ceilings as versioned reference data. */
public interface Baremes {

    /** The barème of this financing ({@link Financement#bareme()}) in a zone in force on a day: the latest year not after it. */
    Optional<Bareme> enVigueur(Financement bareme, ZonePlafond zone, LocalDate jour);
}
