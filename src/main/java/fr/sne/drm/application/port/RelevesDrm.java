package fr.sne.drm.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

import fr.sne.drm.domaine.ReleveDrm;
import fr.sne.drm.domaine.StatutDrm;

/** The monthly refreshes and their reports ({@code drm_releve}). */
public interface RelevesDrm {

    Optional<ReleveDrm> lire(LocalDate jour);

    /** The day of the latest refresh run, if any. */
    Optional<LocalDate> dernier();

    /**
     * In one transaction: the report's row, and one set-based statement that queues a fetch of every active demande
     * whose demandeur has a permanent NIR (a pending fetch joins the refresh).
     *
     * @return the report as started
     */
    ReleveDrm lancer(LocalDate jour, Instant le);

    /** Counts a fetch's outcome in its refresh's report (caller's transaction). */
    void compter(LocalDate jour, StatutDrm statut);

    /** Closes the reports of these refreshes that have no fetch left (each in its own short statement). */
    void clore(Collection<LocalDate> jours, Instant le);
}
