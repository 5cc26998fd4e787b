package fr.sne.drm.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.sne.drm.application.port.RelevesDrm;
import fr.sne.drm.domaine.CalendrierDrm;
import fr.sne.drm.domaine.ReleveDrm;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * The monthly refresh (ADR 0030): on the 22nd, every active demande whose demandeur has a permanent NIR is queued in
 * one set-based statement (motif RELEVE_MENSUEL) with its report; the sender then fetches them. Checked every night:
 * a 22nd missed (the application was stopped) is caught up the next night. Under one lock in the database
 * (ShedLock), so that one refresh starts at a time across instances; a refresh already run for a day is not run
 * again (its report is given back).
 */
@Service
public class ReleveMensuelDrm {

    static final String VERROU = "drm-releve-mensuel";

    private final RelevesDrm releves;
    private final LockProvider verrous;
    private final Clock horloge;

    ReleveMensuelDrm(RelevesDrm releves, LockProvider verrous, Clock horloge) {
        this.releves = releves;
        this.verrous = verrous;
        this.horloge = horloge;
    }

    /**
     * The nightly check: runs the refresh due on or before today (the last 22nd) unless it, or a later one, has
     * run.
     *
     * @return the refresh started, empty when none was due or another instance holds the lock
     */
    public Optional<ReleveDrm> rattraper() {
        LocalDate du = CalendrierDrm.dernierReleveDu(LocalDate.now(horloge));
        Optional<LocalDate> dernier = releves.dernier();
        if (dernier.isPresent() && !dernier.get().isBefore(du)) {
            return Optional.empty();
        }
        return executer(du);
    }

    /**
     * Runs the refresh of {@code jour} (or gives back its report when it has run).
     *
     * @return empty when another refresh is starting now
     */
    public Optional<ReleveDrm> executer(LocalDate jour) {
        Optional<SimpleLock> verrou = verrous.lock(new LockConfiguration(Instant.now(), VERROU,
                Duration.ofMinutes(30), Duration.ZERO));
        if (verrou.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<ReleveDrm> deja = releves.lire(jour);
            if (deja.isPresent()) {
                return deja;
            }
            return Optional.of(releves.lancer(jour, horloge.instant()));
        } finally {
            verrou.get().unlock();
        }
    }

    /** The report of a day's refresh. */
    public Optional<ReleveDrm> lire(LocalDate jour) {
        return releves.lire(jour);
    }
}
