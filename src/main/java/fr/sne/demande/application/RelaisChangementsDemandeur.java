package fr.sne.demande.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandeurChange;
import fr.sne.demande.domaine.DemandeModifiee;
import fr.sne.demande.domaine.DemandeRenouvelee;

/**
 * Hands every renewal, and every modification of the demandeur's rubric, to the other modules as the top-level
 * {@link DemandeurChange}, in the same transaction (a plain {@code @EventListener} runs in the publisher's thread
 * and transaction).
 */
@Component
class RelaisChangementsDemandeur {

    /** The rubric of the content that holds the demandeur (a field of {@code ContenuDemande}). */
    static final String RUBRIQUE_DEMANDEUR = "demandeur";

    private final ApplicationEventPublisher evenements;

    RelaisChangementsDemandeur(ApplicationEventPublisher evenements) {
        this.evenements = evenements;
    }

    @EventListener
    void renouvelee(DemandeRenouvelee e) {
        evenements.publishEvent(new DemandeurChange(e.numeroUnique().valeur(), DemandeurChange.Nature.RENOUVELLEMENT,
                e.horodatage()));
    }

    @EventListener
    void modifiee(DemandeModifiee e) {
        if (e.rubriques().contains(RUBRIQUE_DEMANDEUR)) {
            evenements.publishEvent(new DemandeurChange(e.numeroUnique().valeur(),
                    DemandeurChange.Nature.MODIFICATION, e.horodatage()));
        }
    }
}
