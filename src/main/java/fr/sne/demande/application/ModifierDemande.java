package fr.sne.demande.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.ActionDemande;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.ContenuValide;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeModifiee;

/**
 * A guichet modifies an active demande with its whole content, on the version it read ({@code If-Match}): the
 * content is checked by the content rules a registration applies too, a change of identity runs the duplicate check again, and a MOD
 * movement names the rubrics that changed. No attestation is issued for a modification.
 */
@Service
public class ModifierDemande {

    private final CycleDeVie cycle;

    ModifierDemande(CycleDeVie cycle) {
        this.cycle = cycle;
    }

    /**
     * @param versionAttendue the version the client read ({@code If-Match}, required by the API, which refuses
     *                        {@code *}); null: the version current when the request is handled
     */
    public Demande executer(String numeroUnique, ContenuDemande saisie, @Nullable Integer versionAttendue,
            Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        CycleDeVie.refuser(demande.refus(ActionDemande.MODIFIER, null, acteur, cycle.aujourdhui(), List.of()));
        ContenuValide contenu = cycle.validerContenu(saisie, demande, "");
        DemandeModifiee modification = CycleDeVie.decider(demande.modifier(acteur, cycle.maintenant(), contenu));
        if (modification.rubriques().isEmpty()) {
            return demande;
        }
        return cycle.ecrire(modification, demande, versionAttendue, () -> cycle.refuserDoublons(acteur.guichetRequis(),
                demande.numeroUnique(), demande.territoire(), CycleDeVie.adultes(modification.contenu()),
                List.of(demande.numeroUnique())));
    }
}
