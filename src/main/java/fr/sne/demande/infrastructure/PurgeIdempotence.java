package fr.sne.demande.infrastructure;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;

/**
 * Forgets idempotency keys once no client can still be retrying with them (30 days by default), in small
 * batches so that the table is never locked for long. A retry after that is treated as a new request (and a
 * second registration of the same person is then refused as a duplicate).
 */
@Component
public class PurgeIdempotence {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeIdempotence.class);
    private static final int LOT = 5_000;

    private final IdempotenceRepository idempotence;
    private final Duration conservation;

    PurgeIdempotence(IdempotenceRepository idempotence,
            @Value("${sne.idempotence.conservation:30d}") Duration conservation) {
        this.idempotence = idempotence;
        this.conservation = conservation;
    }

    @Scheduled(cron = "${sne.idempotence.purge-cron:0 17 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "purge-idempotence")
    public void planifiee() {
        int supprimees = purger();
        LOG.info("Clés d'idempotence de plus de {} jours supprimées : {}", conservation.toDays(), supprimees);
    }

    /** Deletes the keys older than the retention; returns how many. */
    public int purger() {
        return SuppressionParLots.jusquAuBout(LOT, taille -> idempotence.oublierPlusAnciennesQue(conservation, taille));
    }
}
