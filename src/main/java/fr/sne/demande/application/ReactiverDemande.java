package fr.sne.demande.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeReactivee;

/**
 * A guichet reactivates a radiated demande, with its numéro and its ancienneté: one radiated for non-renewal (e)
 * until six months after its end of validity, which renews it (REN); one radiated for no answer (c) during five
 * months after the radiation, by the guichet that radiated it (MOD). Its adults must not have registered
 * another active demande in the meantime (duplicate check). When the applicant signed in on the portal during the
 * renewal period of a demande radiated for non-renewal, the gestionnaire territorial may reactivate it too, and
 * either may until one year after the radiation (issue 18 §3).
 */
@Service
public class ReactiverDemande {

    private final CycleDeVie cycle;
    private final ConnexionPendantRenouvellement connexion;

    ReactiverDemande(CycleDeVie cycle, ConnexionPendantRenouvellement connexion) {
        this.cycle = cycle;
        this.connexion = connexion;
    }

    public Demande executer(String numeroUnique, @Nullable Integer versionAttendue, Acteur acteur) {
        // the gestionnaire territorial acts for no guichet: the demande's rule decides whether he may
        Demande demande;
        if (acteur.type() == TypeActeur.GESTIONNAIRE_TERRITORIAL) {
            demande = cycle.lireVisible(numeroUnique, acteur);
            CycleDeVie.exigerVersion(demande, versionAttendue);
        } else {
            demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        }
        DemandeReactivee reactivation = CycleDeVie.decider(demande.reactiver(acteur, cycle.maintenant(),
                cycle.aujourdhui(), connexion.de(demande)));
        String verrou = acteur.guichet() != null ? acteur.guichet() : "GT:" + acteur.identifiant();
        return cycle.ecrire(reactivation, demande, versionAttendue, () -> cycle.refuserDoublons(verrou,
                demande.numeroUnique(), demande.territoire(), CycleDeVie.adultes(demande.contenu()),
                List.of(demande.numeroUnique())));
    }
}
