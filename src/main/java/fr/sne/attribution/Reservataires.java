package fr.sne.attribution;

import java.util.List;
import java.util.Optional;

/**
 * The list of réservataires, as other parts of the registry read it: the R441-2-9 data of a radiation a and the
 * attribution chain name a réservataire by its id, and check it here (that it exists, and is of the demande's
 * territory). Reads only; the gestionnaire territorial keeps the list (administration pages).
 */
public interface Reservataires {

    /** @return the réservataire of this id, whatever its territory */
    Optional<Reservataire> parId(long id);

    /** @return the réservataires of a territory (3 characters, 111 for Île-de-France), by kind then name */
    List<Reservataire> duTerritoire(String territoire);

    /** @return the réservataire a guichet (of type RESERVATAIRE or ACTION_LOGEMENT) acts for, if any */
    Optional<Reservataire> duGuichet(String codeGuichet);
}
