package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A dwelling a bailleur puts to attribution.
 *
 * @param identifiantRpls its id in the répertoire des logements locatifs des bailleurs sociaux (RPLS)
 * @param typologie       T1…T6 (ListeTypeLogement)
 * @param loyer           monthly rent, charges excluded (€)
 * @param reservataireId  the réservataire whose flux it is charged to (id of the list of réservataires), if any
 * @param bailSigne       whether a lease has been signed on it
 */
public record Logement(long id, String bailleurSiren, String guichet, String territoire, String identifiantRpls,
        String adresse, String codeCommune, String typologie, BigDecimal surface, BigDecimal loyer,
        Financement financement, boolean qpv, boolean adapteHandicap, @Nullable Long reservataireId,
        Instant declareLe, boolean bailSigne) {

    /** The number of main rooms its typology gives (T3: 3), 1 for an unknown one. */
    public int pieces() {
        String chiffres = typologie.replaceAll("[^0-9]", "");
        return chiffres.isEmpty() ? 1 : Integer.parseInt(chiffres);
    }
}
