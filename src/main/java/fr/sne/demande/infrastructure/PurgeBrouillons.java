package fr.sne.demande.infrastructure;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes the registration drafts nobody has touched for {@code sne.brouillons.conservation} (30 days by
 * default): they hold personal data of a demande that was never registered, or of one registered long ago, and
 * no agent will come back to them. Small batches, one instance at a time (ShedLock).
 */
@Component
public class PurgeBrouillons {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeBrouillons.class);
    private static final int LOT = 5_000;

    private final BrouillonRepository brouillons;
    private final Duration conservation;
    private final Clock horloge;

    PurgeBrouillons(BrouillonRepository brouillons,
            @Value("${sne.brouillons.conservation:30d}") Duration conservation, Clock horloge) {
        this.brouillons = brouillons;
        this.conservation = conservation;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.brouillons.purge-cron:0 47 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "purge-brouillons")
    public void planifiee() {
        int supprimes = purger();
        LOG.info("Brouillons d'enregistrement inchangés depuis {} jours supprimés : {}", conservation.toDays(),
                supprimes);
    }

    /** Deletes the drafts older than the retention; returns how many. */
    public int purger() {
        return SuppressionParLots.jusquAuBout(LOT, taille -> brouillons.supprimerPlusAnciensQue(conservation, horloge.instant(), taille));
    }
}
