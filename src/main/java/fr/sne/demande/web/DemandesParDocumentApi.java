package fr.sne.demande.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandesParDocument;
import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.demande.application.ConsulterDemande;
import fr.sne.demande.application.EnregistrerDemande;
import fr.sne.demande.application.ModifierDemande;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link DemandesParDocument} over the JSON door's own checks and use cases: the Idempotency-Key and If-Match rules
 * of {@link DemandeController} and {@link CycleDeVieController}, then {@link EnregistrerDemande},
 * {@link ModifierDemande}, {@link ConsulterDemande}.
 */
@Component
class DemandesParDocumentApi implements DemandesParDocument {

    private final EnregistrerDemande enregistrer;
    private final ModifierDemande modifier;
    private final ConsulterDemande consulter;
    private final JsonMapper json;

    DemandesParDocumentApi(EnregistrerDemande enregistrer, ModifierDemande modifier, ConsulterDemande consulter,
            JsonMapper json) {
        this.enregistrer = enregistrer;
        this.modifier = modifier;
        this.consulter = consulter;
        this.json = json;
    }

    @Override
    public Instantane consulter(String numeroUnique, Acteur acteur) {
        DemandeController.verifierNumero(numeroUnique);
        return instantane(consulter.executer(numeroUnique, acteur));
    }

    @Override
    public Ecriture enregistrer(String contenu, String cleIdempotence, Acteur acteur) {
        DemandeController.verifierCle(cleIdempotence);
        EnregistrerDemande.Resultat resultat = enregistrer.executer(json.readValue(contenu, ContenuDemande.class),
                acteur, cleIdempotence);
        return new Ecriture(resultat.demande().numeroUnique().valeur(), resultat.rejouee(),
                instantane(resultat.demande()));
    }

    @Override
    public Instantane modifier(String numeroUnique, String contenu, @Nullable String ifMatch, Acteur acteur) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new CycleDeVieController.VersionRequiseException();
        }
        Integer version = CycleDeVieController.version(ifMatch);
        return instantane(modifier.executer(numeroUnique, json.readValue(contenu, ContenuDemande.class), version,
                acteur));
    }

    private Instantane instantane(Demande d) {
        return new Instantane(d.version(), d.statut().name(), d.territoire(), d.dateDepot(),
                d.dateDernierRenouvellement(), d.dateFinValidite(), d.guichetEnregistreur(), d.enregistreeLe(),
                d.modifieeLe(), d.motifRadiation() == null ? null : d.motifRadiation().code(), d.sousMotifRadiation(),
                d.dateRadiation(), d.donneesEffacees(),
                d.donneesEffacees() ? null : json.writeValueAsString(d.contenu()));
    }
}
