package fr.sne.demande.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.sne.demande.CycleDeVieDemandes;
import fr.sne.demande.RadiationPrononcee;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.domaine.DonneesAttribution;
import fr.sne.demande.domaine.DonneesRadiation;

/**
 * Hands every radiation the door writes to the other modules as the top-level {@link RadiationPrononcee}, in the
 * same transaction (a plain {@code @EventListener} runs in the publisher's thread and transaction).
 */
@Component
class RelaisRadiations {

    private final ApplicationEventPublisher evenements;

    RelaisRadiations(ApplicationEventPublisher evenements) {
        this.evenements = evenements;
    }

    @EventListener
    void radiee(DemandeRadiee e) {
        DonneesAttribution a = e.attribution();
        evenements.publishEvent(new RadiationPrononcee(e.numeroUnique().valeur(), e.territoire(), e.guichet(),
                e.motif().code(), e.sousMotif() == null ? null : e.sousMotif().name(), e.dateRadiation(),
                a == null ? null : new CycleDeVieDemandes.DonneesBail(a.identifiantRpls(), a.accordCollectif().name(),
                        a.prioritaireDalo(), a.contingent().name(), a.qpv(), a.reservataire()),
                e.donnees() instanceof DonneesRadiation.Fusion f ? f.numeroUniqueConserve().valeur() : null));
    }
}
