package fr.sne.portail.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.sne.portail.application.NotifierDemandeurs;

/**
 * Runs the applicants' notifications every {@code sne.portail.notifications.intervalle} (30 seconds by default):
 * reads the new movements, then sends what is due. Several instances may run it: the reading's position is a locked
 * row and each notification is claimed by one sender. Off with {@code sne.portail.notifications.planifiees: false}
 * (the tests run the pass themselves).
 */
@Component
@ConditionalOnProperty(name = "sne.portail.notifications.planifiees", havingValue = "true", matchIfMissing = true)
class ReleveNotificationsPlanifiee {

    private static final Logger LOG = LoggerFactory.getLogger(ReleveNotificationsPlanifiee.class);

    private final NotifierDemandeurs notifier;

    ReleveNotificationsPlanifiee(NotifierDemandeurs notifier) {
        this.notifier = notifier;
    }

    @Scheduled(fixedDelayString = "${sne.portail.notifications.intervalle:PT30S}",
            initialDelayString = "${sne.portail.notifications.intervalle:PT30S}")
    void passe() {
        try {
            NotifierDemandeurs.Bilan bilan = notifier.unePasse();
            if (bilan.traitees() > 0 || bilan.envoyees() > 0) {
                LOG.info("Notifications des demandeurs : {} écrites, {} envoyées", bilan.traitees(), bilan.envoyees());
            }
        } catch (RuntimeException e) {
            LOG.warn("Notifications des demandeurs : passe interrompue, reprise à la suivante", e);
        }
    }
}
