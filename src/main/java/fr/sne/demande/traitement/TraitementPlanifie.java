package fr.sne.demande.traitement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * When the nightly pass runs: every night (cron {@code sne.traitement-quotidien.cron}, Europe/Paris; {@code -}
 * turns it off) for the day the application's clock reads, or on demand for a given day. Either way under one
 * lock in the database (ShedLock, the same name), so that one pass runs at a time across instances.
 */
@Component
public class TraitementPlanifie {

    static final String VERROU = "traitement-quotidien";

    private final TraitementQuotidien traitement;
    private final LockProvider verrous;
    private final Clock horloge;

    TraitementPlanifie(TraitementQuotidien traitement, LockProvider verrous, Clock horloge) {
        this.traitement = traitement;
        this.verrous = verrous;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.traitement-quotidien.cron:0 30 1 * * *}", zone = "Europe/Paris")
    public void planifie() {
        executer(LocalDate.now(horloge));
    }

    /** Runs the pass for {@code jour} if no other runs now; empty when another instance or call holds it. */
    public Optional<BilanTraitement> executer(LocalDate jour) {
        Optional<SimpleLock> verrou = verrous.lock(new LockConfiguration(Instant.now(), VERROU,
                Duration.ofHours(2), Duration.ZERO));
        if (verrou.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(traitement.executer(jour));
        } finally {
            verrou.get().unlock();
        }
    }
}
