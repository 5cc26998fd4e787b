package fr.sne.echanges.application;

import java.time.Clock;
import java.util.List;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.stockage.SuppressionsFichiers;
import fr.sne.echanges.application.port.Exports;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The exports' 7 days: every hour, those asked 7 days ago or more are marked EXPIRE (reason DELAI) and their files
 * deleted once that has committed (the deletions' outbox, ADR 0010). An erasure expires the exports holding its
 * demandes at once, itself ({@code EffacementDemandes}).
 */
@Service
public class ExpirerExports {

    private final Exports exports;
    private final SuppressionsFichiers suppressions;
    private final Clock horloge;

    ExpirerExports(Exports exports, SuppressionsFichiers suppressions, Clock horloge) {
        this.exports = exports;
        this.suppressions = suppressions;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.echanges.exports.expiration-cron:0 17 * * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "expiration-exports")
    public void planifiee() {
        executer();
        suppressions.executer();
    }

    /** @return the number of files to delete */
    @Transactional
    public int executer() {
        List<String> cles = exports.expirer(horloge.instant());
        suppressions.demander(cles);
        return cles.size();
    }
}
