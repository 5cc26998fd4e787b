package fr.sne.demande.domaine;

import java.time.LocalDate;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;

/**
 * A new demande's deposit date is never in the future, and a guichet registers a demande within one month of
 * its deposit (article L441-2-1 of the CCH); beyond that, the gestionnaire territorial registers it.
 */
public final class PolitiqueDateDepot {

    /** Months allowed between the deposit and the registration. */
    public static final int MOIS_MAX_DEPUIS_DEPOT = 1;

    private PolitiqueDateDepot() {
    }

    public static Decision evaluer(LocalDate dateDepot, LocalDate aujourdhui) {
        if (dateDepot.isAfter(aujourdhui)) {
            return Refus.de(CodeMotif.DATE_FUTURE);
        }
        if (dateDepot.isBefore(aujourdhui.minusMonths(MOIS_MAX_DEPUIS_DEPOT))) {
            return Refus.de(CodeMotif.DEPOT_TROP_ANCIEN);
        }
        return Decision.ACCORD;
    }
}
