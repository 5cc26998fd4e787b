package fr.sne.attribution.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.attribution.application.BailCommande;
import fr.sne.attribution.application.ConsulterAttribution;
import fr.sne.attribution.application.RepondreAttribution;
import fr.sne.attribution.application.ReponseCommande;
import fr.sne.attribution.application.SignerBail;
import fr.sne.commun.ControleurApi;
import fr.sne.demande.RemisesDemandes;
import fr.sne.commun.acteur.ActeurCourant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A demande in the attribution chain: its decisions, the applicant's answer, the lease. */
@RestController
@ControleurApi
@RequestMapping("/v1.0/demandes/{numeroUnique}/attribution")
@Tag(name = "Attributions")
class AttributionDemandeController {

    private final ConsulterAttribution consulter;
    private final RepondreAttribution repondre;
    private final SignerBail signer;
    private final ActeurCourant acteur;
    private final RemisesDemandes remises;

    AttributionDemandeController(ConsulterAttribution consulter, RepondreAttribution repondre, SignerBail signer,
            ActeurCourant acteur, RemisesDemandes remises) {
        this.remises = remises;
        this.consulter = consulter;
        this.repondre = repondre;
        this.signer = signer;
        this.acteur = acteur;
    }

    @GetMapping
    @Operation(summary = "Parcours d'attribution d'une demande", description = "Ses candidatures en commission, "
            + "leurs décisions et les réponses du demandeur, et son bail.")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant")
    Vues.ParcoursVue lireAttribution(@PathVariable String numeroUnique) {
        var parcours = consulter.executer(numeroUnique, acteur.acteur());
        // handed out to the guichet's software (issue 16 §1)
        remises.noter(acteur.acteur(), RemisesDemandes.Canal.API, java.util.List.of(parcours.numeroUnique()));
        return Vues.ParcoursVue.de(parcours);
    }

    @PostMapping(path = "/acceptation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Le demandeur accepte le logement attribué", description = "Enregistré par le guichet du "
            + "bailleur, pour le candidat le mieux classé qui ne l'a pas refusé.")
    @ApiResponse(responseCode = "409", description = "Pas d'attribution (CANDIDAT_NON_ATTRIBUTAIRE), un candidat "
            + "mieux classé (ATTRIBUTAIRE_MIEUX_CLASSE), déjà répondu (REPONSE_DEJA_DONNEE), bail déjà signé")
    Vues.CandidatureVue accepterLogement(@PathVariable String numeroUnique,
            @RequestBody ReponseSaisie reponse) {
        return Vues.CandidatureVue.de(repondre.accepter(numeroUnique, reponse.commande(), acteur.acteur()));
    }

    @PostMapping(path = "/refus", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Le demandeur refuse le logement attribué", description = "Le logement passe au suivant "
            + "classé ; l'événement « refus du logement par le demandeur » (EVT REFUS_LOGEMENT) est enregistré.")
    @ApiResponse(responseCode = "409", description = "Comme pour l'acceptation")
    Vues.CandidatureVue refuserLogement(@PathVariable String numeroUnique,
            @RequestBody ReponseSaisie reponse) {
        return Vues.CandidatureVue.de(repondre.refuser(numeroUnique, reponse.commande(), acteur.acteur()));
    }

    @PostMapping(path = "/bail", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer la signature du bail", description = "Sur le logement que le demandeur a "
            + "accepté : le bail (données de l'article R441-2-9 du CCH, le réservataire désignataire étant celui du "
            + "logement) et la radiation de la demande pour le motif a, dans une même transaction avec ses "
            + "mouvements et le fait d'attribution anonyme. Un seul bail par logement.")
    @ApiResponse(responseCode = "201", description = "Le bail")
    @ApiResponse(responseCode = "409", description = "Bail déjà signé sur ce logement (BAIL_DEJA_SIGNE), "
            + "acceptation manquante (ACCEPTATION_REQUISE), demande radiée (DEMANDE_NON_ACTIVE)")
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ")
    ResponseEntity<Vues.BailVue> signerBail(@PathVariable String numeroUnique, @RequestBody BailSaisi bail) {
        return ResponseEntity.status(201).body(Vues.BailVue.de(signer.executer(numeroUnique, bail.commande(),
                acteur.acteur())));
    }

    /** What the guichet sends: the dwelling, and for a refusal its reason if the applicant gave one. */
    record ReponseSaisie(@Nullable Long logement, @Nullable String motif) {

        ReponseCommande commande() {
            return ReponseCommande.lire(logement, motif);
        }
    }

    /** What the guichet sends for a lease. */
    record BailSaisi(@Nullable Long logement, @Nullable LocalDate dateSignature, @Nullable String accordCollectif,
            @Nullable Boolean prioritaireDalo, @Nullable String contingent) {

        BailCommande commande() {
            return BailCommande.lire(logement, dateSignature, accordCollectif, prioritaireDalo, contingent);
        }
    }
}
