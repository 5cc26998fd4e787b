package fr.sne.demande.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.CycleDeVieDemandes;

/** {@link CycleDeVieDemandes} by the demande module's own use cases, never a copy of their rules. */
@Service
class CycleDeVieDemandesParCasDUsage implements CycleDeVieDemandes {

    private final AvertirDemandeur avertir;
    private final RadierDemande radier;

    CycleDeVieDemandesParCasDUsage(AvertirDemandeur avertir, RadierDemande radier) {
        this.avertir = avertir;
        this.radier = radier;
    }

    @Override
    public int avertirIrrecevabilite(String numeroUnique, String sousMotif, LocalDate dateEnvoi, String canal,
            Acteur acteur) {
        return avertir.executer(numeroUnique, new AvertirDemandeur.AvertissementSaisi("d", sousMotif, dateEnvoi,
                canal, false), null, acteur).demande().version();
    }

    @Override
    public int radierPourAttribution(String numeroUnique, DonneesBail bail, Acteur acteur) {
        return radier.executer(numeroUnique, new RadierDemande.RadiationSaisie("a", null,
                new RadierDemande.Attribution(bail.identifiantRpls(), bail.accordCollectif(), bail.prioritaireDalo(),
                        bail.contingent(), bail.qpv(), bail.reservataire()), null), null, acteur).version();
    }
}
