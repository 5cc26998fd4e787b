package fr.sne.portail.infrastructure;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.portail.application.EnvoyerCodes;

/**
 * When the queued numéros and codes go: the e-mails every minute, the day's batch of letters at night (each
 * instance may run them: a pass takes its messages for a while, and the others skip them).
 */
@Component
class PlanificationEnvoisCodes {

    private final EnvoyerCodes envoyer;
    private final Clock horloge;

    PlanificationEnvoisCodes(EnvoyerCodes envoyer, Clock horloge) {
        this.envoyer = envoyer;
        this.horloge = horloge;
    }

    @Scheduled(cron = "${sne.portail.envois.cron-courriels:0 * * * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    void courriels() {
        envoyer.envoyerCourriels();
    }

    @Scheduled(cron = "${sne.portail.envois.cron-lettres:0 37 4 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    void lettres() {
        envoyer.ecrireLettres(LocalDate.now(horloge));
    }
}
