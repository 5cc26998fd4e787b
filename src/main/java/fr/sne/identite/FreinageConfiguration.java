package fr.sne.identite;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;
import fr.sne.commun.limite.SeauxPartages;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The slowing of failed authentications at the embedded identity provider ({@link FreinageConnexion}), with its
 * settings ({@code sne.connexion.*}), and the purge of its journal after {@code sne.connexion.conservation-journal}
 * (one year: it names logins and addresses, as an access log does).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sne.securite.emetteur-local.actif", havingValue = "true", matchIfMissing = true)
class FreinageConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(FreinageConfiguration.class);

    @Bean
    FreinageConnexion freinageConnexion(SeauxPartages seaux, JdbcClient jdbc, Clock horloge,
            @Value("${sne.connexion.echecs-par-compte:10}") int parCompte,
            @Value("${sne.connexion.echecs-par-source:50}") int parSource,
            @Value("${sne.connexion.fenetre-echecs:15m}") Duration fenetre) {
        return new FreinageConnexion(seaux, parCompte, parSource, fenetre, jdbc, horloge);
    }

    @Bean
    PurgeJournalFreinage purgeJournalFreinage(FreinageConnexion freinage, Clock horloge,
            @Value("${sne.connexion.conservation-journal:365d}") Duration conservation) {
        return new PurgeJournalFreinage(freinage, horloge, conservation);
    }

    /** Forgets the journal's lines older than its retention, every night. */
    static class PurgeJournalFreinage {

        private final FreinageConnexion freinage;
        private final Clock horloge;
        private final Duration conservation;

        PurgeJournalFreinage(FreinageConnexion freinage, Clock horloge, Duration conservation) {
            this.freinage = freinage;
            this.horloge = horloge;
            this.conservation = conservation;
        }

        @Scheduled(cron = "${sne.connexion.purge-cron:0 52 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
        @SchedulerLock(name = "purge-freinage-connexion")
        public void planifiee() {
            int supprimees = SuppressionParLots.jusquAuBout(5_000,
                    lot -> freinage.oublierAvant(horloge.instant().minus(conservation), lot));
            LOG.info("Lignes du journal des connexions freinées de plus de {} jours supprimées : {}",
                    conservation.toDays(), supprimees);
        }
    }
}
