package fr.sne.drm.application.port;

import java.time.YearMonth;

import fr.sne.drm.domaine.IdentiteDrm;
import fr.sne.drm.domaine.ReponseDrm;

/**
 * The DRM's API (the real one in production, the simulator in the local run and the tests). Called outside any
 * transaction: its timeouts, retries and circuit breaker are its own.
 */
public interface ClientDrm {

    /**
     * The months {@code premier} to {@code dernier} of this person.
     *
     * @throws DrmIndisponibleException the DRM failed to answer usably (timeout, 5xx, throttled, unreadable answer,
     *                                  circuit open) after the client's own retries
     */
    ReponseDrm interroger(IdentiteDrm personne, YearMonth premier, YearMonth dernier);
}
