package fr.sne.demande.application;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.DemandeRadiee;
import fr.sne.demande.application.port.Demandes;

/**
 * A guichet radiates a demande for one of the motives of R441-2-8 CCH, asked as a {@link CommandeRadiation} (read
 * by {@link ParseurRadiation}). An attribution (a) carries the data of R441-2-9 CCH; a renunciation (b) is
 * immediate; no answer (c) and irrecevabilité (d) need a warning at least one month old (L441-2-1 CCH), d with its
 * sub-motive and from a bailleur only; non-renewal (e) is the nightly pass's; a merge (f) is the gestionnaire
 * territorial's or the national administrator's ({@link FusionnerDemandes}), refused here with
 * {@code FUSION_RESERVEE_AU_GESTIONNAIRE}. The demande says which (its refusals); the demande stays readable one
 * year with its motive.
 */
@Service
public class RadierDemande {

    private final CycleDeVie cycle;
    private final Demandes demandes;

    RadierDemande(CycleDeVie cycle, Demandes demandes) {
        this.cycle = cycle;
        this.demandes = demandes;
    }

    public Demande executer(String numeroUnique, CommandeRadiation commande, @Nullable Integer versionAttendue,
            Acteur acteur) {
        Demande demande = cycle.lirePourChanger(numeroUnique, versionAttendue, acteur);
        DemandeRadiee radiation = CycleDeVie.decider(demande.radier(acteur, cycle.maintenant(), cycle.aujourdhui(),
                commande.motif(), commande.sousMotif(), commande.donnees(),
                demandes.avertissements(demande.numeroUnique())));
        return cycle.ecrire(radiation, demande, versionAttendue, null);
    }
}
