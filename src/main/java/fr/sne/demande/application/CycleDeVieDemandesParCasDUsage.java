package fr.sne.demande.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.CycleDeVieDemandes;
import fr.sne.demande.domaine.MotifRadiation;

/**
 * {@link CycleDeVieDemandes} by the demande module's own parsers and use cases, never a copy of their rules: the
 * other module's values are read as a guichet's request is.
 */
@Service
class CycleDeVieDemandesParCasDUsage implements CycleDeVieDemandes {

    private final AvertirDemandeur avertir;
    private final RadierDemande radier;
    private final CycleDeVie cycle;

    CycleDeVieDemandesParCasDUsage(AvertirDemandeur avertir, RadierDemande radier, CycleDeVie cycle) {
        this.avertir = avertir;
        this.radier = radier;
        this.cycle = cycle;
    }

    @Override
    public int avertirIrrecevabilite(String numeroUnique, String sousMotif, LocalDate dateEnvoi, String canal,
            Acteur acteur) {
        CommandeAvertissement commande = ParseurAvertissement.lire(new ParseurAvertissement.AvertissementSaisi(
                MotifRadiation.IRRECEVABILITE.code(), sousMotif, dateEnvoi, canal, false), cycle.aujourdhui());
        return avertir.executer(numeroUnique, commande, null, acteur).demande().version();
    }

    @Override
    public int radierPourAttribution(String numeroUnique, DonneesBail bail, Acteur acteur) {
        CommandeRadiation commande = ParseurRadiation.lire(new ParseurRadiation.RadiationSaisie(
                MotifRadiation.ATTRIBUTION.code(), null, new ParseurRadiation.Attribution(bail.identifiantRpls(),
                        bail.accordCollectif(), bail.prioritaireDalo(), bail.contingent(), bail.qpv(),
                        bail.reservataire()), null));
        return radier.executer(numeroUnique, commande, null, acteur).version();
    }
}
