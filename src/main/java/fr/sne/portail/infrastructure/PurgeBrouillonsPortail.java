package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.SuppressionParLots;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Deletes the portal's filing drafts nobody has touched for {@code sne.portail.brouillons.conservation} (90 days
 * by default): personal data of a demande never filed. Small batches, one instance at a time (ShedLock).
 */
@Component
public class PurgeBrouillonsPortail {

    private static final Logger LOG = LoggerFactory.getLogger(PurgeBrouillonsPortail.class);
    private static final int LOT = 5_000;

    private final JdbcClient jdbc;
    private final Duration conservation;
    private final Clock horloge;

    PurgeBrouillonsPortail(JdbcClient jdbc,
            @Value("${sne.portail.brouillons.conservation:90d}") Duration conservation, Clock horloge) {
        this.jdbc = jdbc;
        this.conservation = conservation;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.portail.brouillons.purge-cron:0 53 3 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    @SchedulerLock(name = "purge-brouillons-portail")
    public void planifiee() {
        LOG.info("Brouillons du portail inchangés depuis {} jours supprimés : {}", conservation.toDays(), purger());
    }

    /** Deletes the drafts older than the retention; returns how many. */
    public int purger() {
        Timestamp limite = Timestamp.from(horloge.instant().minus(conservation));
        return SuppressionParLots.jusquAuBout(LOT, lot -> jdbc.sql("""
                delete from brouillon_portail where compte in (
                    select compte from brouillon_portail where modifie_le < ? limit ?)""")
                .params(limite, lot).update());
    }
}
