package fr.sne.demande.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeRenouvelee;

/**
 * A guichet renews a demande with its updated content (R441-2-7 CCH): from three months before its end of
 * validity while it is active; numéro and date de dépôt kept, valid one year from the renewal, REN movement.
 * The attestation then reads as an attestation de renouvellement.
 */
@Service
public class RenouvelerDemande {

    private final CycleDeVie cycle;

    RenouvelerDemande(CycleDeVie cycle) {
        this.cycle = cycle;
    }

    /** @param versionAttendue the version the client read ({@code If-Match}), or null to renew the current one */
    public Demande executer(String numeroUnique, ContenuDemande saisie, @Nullable Integer versionAttendue,
            Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        // the window first: no use correcting a form that would be refused anyway
        CycleDeVie.refuser(demande.refus(ActionDemande.RENOUVELER, null, acteur, cycle.aujourdhui(), List.of()));
        ContenuValide contenu = cycle.validerContenu(saisie, demande, "");
        DemandeRenouvelee renouvellement = CycleDeVie.decider(demande.renouveler(acteur, cycle.maintenant(),
                cycle.aujourdhui(), contenu));
        return cycle.ecrire(renouvellement, demande, versionAttendue, () -> cycle.refuserDoublons(
                acteur.guichetRequis(), demande.numeroUnique(), demande.territoire(),
                CycleDeVie.adultes(renouvellement.contenu()), List.of(demande.numeroUnique())));
    }
}
