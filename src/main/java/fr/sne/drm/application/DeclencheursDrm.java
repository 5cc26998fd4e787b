package fr.sne.drm.application;

import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandeInscrite;
import fr.sne.demande.DemandeurChange;
import fr.sne.demande.IdentitesDemandeurs;
import fr.sne.demande.IdentitesDemandeurs.IdentiteDemandeur;
import fr.sne.drm.application.port.InterrogationsDrm;
import fr.sne.drm.application.port.SituationsDrm;
import fr.sne.drm.domaine.MotifInterrogation;

/**
 * The moments that call for a fetch (ADR 0030), each heard in the transaction of the change (a plain
 * {@code @EventListener}): the fetch is one outbox row written with the change or not at all, and no call is made
 * here. A registration writes that row and nothing else (the sender decides, without calling, that a demandeur
 * without a NIR or with a temporary one is not fetched). A renewal fetches again; a change of the demandeur's rubric
 * fetches again only if his civil status or NIR is no longer the one the last fetch used, and hides his months at
 * once.
 */
@Component
class DeclencheursDrm {

    private final InterrogationsDrm interrogations;
    private final SituationsDrm situations;
    private final IdentitesDemandeurs identites;

    DeclencheursDrm(InterrogationsDrm interrogations, SituationsDrm situations, IdentitesDemandeurs identites) {
        this.interrogations = interrogations;
        this.situations = situations;
        this.identites = identites;
    }

    @EventListener
    void inscrite(DemandeInscrite e) {
        interrogations.demander(e.numeroUnique(), MotifInterrogation.INSCRIPTION, e.inscriteLe());
    }

    @EventListener
    void change(DemandeurChange e) {
        String numero = e.numeroUnique();
        boolean autreIdentite = identiteChangee(numero);
        if (autreIdentite) {
            situations.remettreEnAttente(numero, e.le());
        }
        if (e.nature() == DemandeurChange.Nature.RENOUVELLEMENT) {
            interrogations.demander(numero, MotifInterrogation.RENOUVELLEMENT, e.le());
        } else if (autreIdentite) {
            interrogations.demander(numero, MotifInterrogation.IDENTITE, e.le());
        }
    }

    /** The demandeur's identity differs from the one the last fetch used (or none was fetched). */
    private boolean identiteChangee(String numero) {
        Optional<String> precedente = situations.empreinte(numero);
        IdentiteDemandeur actuelle = identites.lire(List.of(numero)).get(numero);
        if (actuelle == null) {
            return false;
        }
        return precedente.isEmpty() || !precedente.get().equals(InterrogerDrm.identite(actuelle).empreinte());
    }
}
