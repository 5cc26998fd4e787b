package fr.sne.demande.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.sne.demande.domaine.DemandeEnregistree;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts the demandes' events once their transaction has committed (a rolled-back change is not counted). */
@Component
class MetriquesDemandes {

    private final MeterRegistry metriques;

    MetriquesDemandes(MeterRegistry metriques) {
        this.metriques = metriques;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void enregistree(DemandeEnregistree evenement) {
        metriques.counter("sne.demandes.enregistrees", "territoire", evenement.territoire()).increment();
    }
}
