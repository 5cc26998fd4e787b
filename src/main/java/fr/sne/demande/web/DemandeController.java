package fr.sne.demande.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.EnTeteInvalideException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.demande.RemisesDemandes;
import fr.sne.demande.application.ConsulterActionsPermises;
import fr.sne.demande.application.ConsulterDemande;
import fr.sne.demande.application.EditerAttestation;
import fr.sne.demande.application.EnregistrerDemande;
import fr.sne.demande.application.RechercherDoublons;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.commun.acteur.ActeurCourant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@ControleurApi
@RequestMapping("/v1.0")
@Tag(name = "Demandes", description = "Enregistrement et consultation des demandes de logement social")
class DemandeController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REJOUEE = "Idempotent-Replayed";

    private final EnregistrerDemande enregistrer;
    private final ConsulterDemande consulter;
    private final EditerAttestation attestation;
    private final RechercherDoublons doublons;
    private final ActeurCourant appelant;
    private final ConsulterActionsPermises actions;
    private final RemisesDemandes remises;

    DemandeController(EnregistrerDemande enregistrer, ConsulterDemande consulter, EditerAttestation attestation,
            RechercherDoublons doublons, ActeurCourant appelant, ConsulterActionsPermises actions,
            RemisesDemandes remises) {
        this.remises = remises;
        this.actions = actions;
        this.enregistrer = enregistrer;
        this.consulter = consulter;
        this.attestation = attestation;
        this.doublons = doublons;
        this.appelant = appelant;
    }

    @PostMapping(path = "/demandes", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer une demande",
            description = "Vérifie la demande champ par champ, refuse un doublon (une personne ayant déjà une "
                    + "demande active sur le territoire), attribue le numéro unique. Une requête rejouée avec la "
                    + "même clé d'idempotence et le même corps renvoie la même demande (en-tête "
                    + "Idempotent-Replayed: true) ; la même clé avec un autre corps est refusée (409).")
    @ApiResponse(responseCode = "201", description = "Demande enregistrée (ou rejouée)")
    @ApiResponse(responseCode = "400", description = "Document illisible, champ mal typé, en-tête manquant, ou "
            + "plusieurs clés d'idempotence (IDEMPOTENCE_CLE_MULTIPLE)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Doublon (code DOUBLON, numeroUniqueExistant) ou clé "
            + "d'idempotence déjà utilisée pour un autre corps (code IDEMPOTENCE_CLE_REUTILISEE)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Données invalides : la liste erreurs donne champ, code et "
            + "message de chaque erreur", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DemandeVue> enregistrer(
            @Parameter(description = "Clé unique par demande, choisie par le logiciel appelant (UUID conseillé) ; "
                    + "une seule par requête, sans virgule")
            @RequestHeader(IDEMPOTENCY_KEY) String cle,
            @RequestBody ContenuDemande demande) {
        verifierCle(cle);
        EnregistrerDemande.Resultat resultat = enregistrer.executer(demande, appelant.acteur(), cle);
        String numero = resultat.demande().numeroUnique().valeur();
        return ResponseEntity.created(URI.create("/v1.0/demandes/" + numero))
                .header(REJOUEE, Boolean.toString(resultat.rejouee()))
                .body(DemandeVue.de(resultat.demande(), actions.executer(resultat.demande(), appelant.acteur())));
    }

    /** The Idempotency-Key header as a registration takes it, refused before anything is read or written. */
    static void verifierCle(String cle) {
        if (cle.contains(",")) {
            // two Idempotency-Key lines (Spring joins them with a comma) or one holding a list: which one would
            // count? Neither: refused before anything is read or written
            throw new EnTeteInvalideException(IDEMPOTENCY_KEY, CodeMotif.IDEMPOTENCE_CLE_MULTIPLE,
                    CodeMotif.IDEMPOTENCE_CLE_MULTIPLE.message());
        }
        if (cle.isBlank() || cle.length() > 255 || TexteSaisi.caractereInterdit(cle)) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp(IDEMPOTENCY_KEY, CodeMotif.FORMAT_INVALIDE,
                    "La clé d'idempotence compte de 1 à 255 caractères imprimables.")));
        }
    }

    /** A number that cannot be one: answered as an unknown demande, before anything is read. */
    static void verifierNumero(String numeroUnique) {
        if (numeroUnique.length() > TexteSaisi.MAX_CODE || TexteSaisi.caractereInterdit(numeroUnique)) {
            throw new fr.sne.commun.RessourceIntrouvableException("Aucune demande de ce numéro.");
        }
    }

    @GetMapping(path = "/demandes/{numeroUnique}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Consulter une demande de son territoire")
    @ApiResponse(responseCode = "200", description = "La demande")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro sur le territoire du guichet",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DemandeVue> consulter(@PathVariable String numeroUnique) {
        if (numeroUnique.length() > TexteSaisi.MAX_CODE || TexteSaisi.caractereInterdit(numeroUnique)) {
            throw new fr.sne.commun.RessourceIntrouvableException("Aucune demande de ce numéro.");
        }
        var demande = consulter.executer(numeroUnique, appelant.acteur());
        // handed out to the guichet's software: for the applicant's "who consulted my demande" (issue 16 §1)
        remises.noter(appelant.acteur(), RemisesDemandes.Canal.API, List.of(demande.numeroUnique().valeur()));
        return ResponseEntity.ok().eTag(CycleDeVieController.etag(demande)).body(DemandeVue.de(demande, actions.executer(demande, appelant.acteur())));
    }

    @GetMapping(path = "/demandes/{numeroUnique}/attestation", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Attestation d'enregistrement (PDF)", description = "Contenu prévu par l'article "
            + "R441-2-4 du code de la construction et de l'habitation. Sa première page, que le demandeur joint aux "
            + "pièces qu'il envoie par courrier, porte le QR code signé du registre (POST /v1.0/numerisation).")
    ResponseEntity<byte[]> attestation(@PathVariable String numeroUnique) {
        if (numeroUnique.length() > TexteSaisi.MAX_CODE || TexteSaisi.caractereInterdit(numeroUnique)) {
            throw new fr.sne.commun.RessourceIntrouvableException("Aucune demande de ce numéro.");
        }
        byte[] pdf = attestation.executer(numeroUnique, appelant.acteur());
        remises.noter(appelant.acteur(), RemisesDemandes.Canal.API, List.of(numeroUnique));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("attestation-" + numeroUnique + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping(path = "/doublons", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rechercher les doublons possibles d'une personne",
            description = "Adultes des demandes actives du territoire du guichet ayant le même nom de naissance "
                    + "et la même date de naissance (et un prénom compatible s'il est donné), ou le même NIR.")
    DoublonsVue doublons(@RequestParam String nom, @RequestParam(required = false) @Nullable String prenom,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateNaissance,
            @RequestParam(required = false) @Nullable String nir) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        if (nom.isBlank()) {
            erreurs.add(new ErreurChamp("nom", CodeMotif.OBLIGATOIRE, "Ce champ est obligatoire."));
        }
        TexteSaisi.verifier("nom", nom, TexteSaisi.MAX_NOM, erreurs);
        TexteSaisi.verifier("prenom", prenom, TexteSaisi.MAX_NOM, erreurs);
        TexteSaisi.verifier("nir", nir, TexteSaisi.MAX_CODE, erreurs);
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        var trouves = doublons.executer(nom, prenom, dateNaissance, nir, appelant.acteur());
        remises.noter(appelant.acteur(), RemisesDemandes.Canal.API, trouves.stream()
                .map(p -> p.numeroUnique().valeur()).distinct().toList());
        return new DoublonsVue(trouves.stream()
                .map(p -> new DoublonsVue.Candidat(p.numeroUnique().valeur(), p.dateDepot(), p.role(),
                        p.nomNaissance(), p.prenoms(), p.dateNaissance()))
                .toList());
    }

    record DoublonsVue(List<Candidat> candidats) {

        record Candidat(String numeroUnique, LocalDate dateDepot, String role, String nomNaissance, String prenoms,
                LocalDate dateNaissance) {
        }
    }
}
