package fr.sne.drm.infrastructure;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.drm.application.InterrogerDrm;
import fr.sne.drm.application.ReleveMensuelDrm;

/**
 * When the DRM works: the queued fetches every few seconds (each instance may send: a pass takes its fetches for a
 * while and the others skip them; {@code sne.drm.envoi.actif}); the monthly refresh checked every night
 * ({@code sne.drm.releve.cron}, Europe/Paris; {@code -} turns it off): it starts on the 22nd, or the first night
 * after a 22nd missed.
 */
@Component
class PlanificationDrm {

    private final InterrogerDrm envoi;
    private final ReleveMensuelDrm releve;
    private final boolean actif;
    private final Duration duree;

    PlanificationDrm(InterrogerDrm envoi, ReleveMensuelDrm releve,
            @Value("${sne.drm.envoi.actif:true}") boolean actif,
            @Value("${sne.drm.envoi.duree-passe:PT1M}") Duration duree) {
        this.envoi = envoi;
        this.releve = releve;
        this.actif = actif;
        this.duree = duree;
    }

    @Scheduled(fixedDelayString = "${sne.drm.envoi.delai:PT5S}", initialDelayString = "${sne.drm.envoi.delai:PT5S}")
    void envoyer() {
        if (actif) {
            envoi.toutEnvoyer(duree);
        }
    }

    @Scheduled(cron = "${sne.drm.releve.cron:0 15 2 * * *}", zone = HorlogeConfiguration.NOM_FUSEAU)
    void releveMensuel() {
        releve.rattraper();
    }
}
