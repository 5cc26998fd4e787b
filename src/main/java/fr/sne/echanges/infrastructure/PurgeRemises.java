package fr.sne.echanges.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;

/**
 * Forgets the hand-outs ({@code remise_demande}) older than the access journal's retention
 * ({@code sne.journal-acces.conservation}, 365 days by default): they answer the same question, "who consulted my
 * demande", for the guichets' software, and are personal data as the journal's lines are. Small batches, every
 * night, on the index by day.
 */
@Component
public class PurgeRemises {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeRemises.class);
    private static final int LOT = 5_000;

    private final RemisesJdbc remises;
    private final Duration conservation;
    private final Clock horloge;

    PurgeRemises(RemisesJdbc remises, @Value("${sne.journal-acces.conservation:365d}") Duration conservation,
            Clock horloge) {
        this.remises = remises;
        this.conservation = conservation;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.journal-acces.purge-cron:0 47 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "purge-remises")
    public void planifiee() {
        int supprimees = purger();
        LOG.info("Remises aux logiciels de plus de {} jours supprimées : {}", conservation.toDays(), supprimees);
    }

    /** Deletes the hand-outs of the days before the retention; returns how many. */
    public int purger() {
        LocalDate avant = LocalDate.now(horloge).minusDays(conservation.toDays());
        return SuppressionParLots.jusquAuBout(LOT, taille -> remises.oublierAvant(avant, taille));
    }
}
