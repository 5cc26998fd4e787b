package fr.sne.echanges.infrastructure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.sne.echanges.application.ProduireExports;

import jakarta.annotation.PreDestroy;

/**
 * The thread of this instance that runs the export jobs: every few seconds it claims jobs until none is waiting.
 * Its own thread, so that an export of several minutes delays no scheduled task (the nightly pass). Stopped with
 * the instance: a job cut short keeps its lease until it runs out, then another instance takes it over.
 */
@Component
class ExecuteurExports {

    private static final Logger LOG = LoggerFactory.getLogger(ExecuteurExports.class);

    private final ProduireExports produire;
    private final boolean actif;
    private final Duration sondage;
    private final ScheduledExecutorService fil = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sne-exports");
        t.setDaemon(true);
        return t;
    });

    ExecuteurExports(ProduireExports produire, @Value("${sne.echanges.exports.executeur:true}") boolean actif,
            @Value("${sne.echanges.exports.sondage:PT2S}") Duration sondage) {
        this.produire = produire;
        this.actif = actif;
        this.sondage = sondage;
    }

    @EventListener(ApplicationReadyEvent.class)
    void demarrer() {
        if (actif) {
            fil.scheduleWithFixedDelay(this::passe, sondage.toMillis(), sondage.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void passe() {
        try {
            while (!Thread.currentThread().isInterrupted() && produire.unePasse().isPresent()) {
                // the next one
            }
        } catch (RuntimeException e) {
            LOG.warn("Exécution des exports interrompue : {}", e.toString());
        }
    }

    @PreDestroy
    void arreter() {
        fil.shutdownNow();
    }
}
