package fr.sne.demande.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;

/**
 * Forgets the lines of the access journal older than its retention (365 days by default,
 * {@code sne.journal-acces.conservation}): the journal is personal data too (who looked at whom), kept as long as
 * the CNIL's guidance on access logs allows at most (six months to one year), which covers a demande's year of
 * validity, the period over which its applicant may ask who consulted it. Small batches, every night.
 */
@Component
public class PurgeJournalAcces {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeJournalAcces.class);
    private static final int LOT = 5_000;

    private final JournalAccesRepository journal;
    private final Duration conservation;
    private final Clock horloge;

    PurgeJournalAcces(JournalAccesRepository journal,
            @Value("${sne.journal-acces.conservation:365d}") Duration conservation, Clock horloge) {
        this.journal = journal;
        this.conservation = conservation;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.journal-acces.purge-cron:0 47 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "purge-journal-acces")
    public void planifiee() {
        int supprimees = purger();
        LOG.info("Lignes du journal des accès de plus de {} jours supprimées : {}", conservation.toDays(), supprimees);
    }

    /** Deletes the lines older than the retention; returns how many. */
    public int purger() {
        Instant avant = Instant.now(horloge).minus(conservation);
        return SuppressionParLots.jusquAuBout(LOT, taille -> journal.oublierAvant(avant, taille));
    }
}
