package fr.sne.commun.limite;

import java.time.Clock;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The shared buckets of the application, and the purge of those past their expiry (every ten minutes,
 * {@code sne.limites.purge-cron}, on one instance).
 */
@Configuration(proxyBeanMethods = false)
public class LimitesPartageesConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LimitesPartageesConfiguration.class);
    private static final int LOT = 5_000;

    @Bean
    SeauxPartages seauxPartages(DataSource source, Clock horloge) {
        return new SeauxPartages(source, horloge);
    }

    @Bean
    PurgeSeaux purgeSeauxPartages(SeauxPartages seaux) {
        return new PurgeSeaux(seaux);
    }

    /** Forgets the buckets past their expiry, in batches. */
    public static class PurgeSeaux {

        private final SeauxPartages seaux;

        PurgeSeaux(SeauxPartages seaux) {
            this.seaux = seaux;
        }

        @Scheduled(cron = "${sne.limites.purge-cron:0 */10 * * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
        @SchedulerLock(name = "purge-limites")
        public void planifiee() {
            int supprimes = purger();
            if (supprimes > 0) {
                LOG.debug("Seaux de limite expirés supprimés : {}", supprimes);
            }
        }

        public int purger() {
            return SuppressionParLots.jusquAuBout(LOT, seaux::purger);
        }
    }
}
