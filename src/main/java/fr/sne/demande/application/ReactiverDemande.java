package fr.sne.demande.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeReactivee;

/**
 * A guichet reactivates a radiated demande, with its numéro and its ancienneté: one radiated for non-renewal (e)
 * until six months after its end of validity, which renews it (REN); one radiated for no answer (c) during five
 * months after the radiation, by the guichet that radiated it (MOD). Its adults must not have registered
 * another active demande in the meantime (duplicate check).
 */
@Service
public class ReactiverDemande {

    private final CycleDeVie cycle;

    ReactiverDemande(CycleDeVie cycle) {
        this.cycle = cycle;
    }

    public Demande executer(String numeroUnique, @Nullable Integer versionAttendue, Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        DemandeReactivee reactivation = CycleDeVie.decider(demande.reactiver(acteur, cycle.maintenant(),
                cycle.aujourdhui()));
        return cycle.ecrire(reactivation, demande, versionAttendue, () -> cycle.refuserDoublons(acteur.guichetRequis(),
                demande.numeroUnique(), demande.territoire(), CycleDeVie.adultes(demande.contenu()),
                List.of(demande.numeroUnique())));
    }
}
