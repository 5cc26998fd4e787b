package fr.sne.pieces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.GestionnaireErreurs;
import fr.sne.commun.ReponsesErreur;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.TexteSaisi;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.RemisesDemandes;
import fr.sne.pieces.application.EditerFicheTransmission;
import fr.sne.pieces.application.EnvoyerCopieNumerique;
import fr.sne.pieces.application.NumeriserLot;
import fr.sne.pieces.application.NumeriserLot.LotClasse;
import fr.sne.pieces.application.NumeriserLot.LotRefuseException;
import fr.sne.pieces.application.NumeriserLot.PlageLot;
import fr.sne.pieces.domaine.Piece;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The paper side of the pièces (ADR 0024): the fiche de transmission to print, the digitisation provider's intake
 * of a scanned bundle, and the digital copy of the dossier sent to the applicant.
 */
@RestController
@ControleurApi
@RequestMapping("/v1.0")
@Tag(name = "Pièces justificatives : papier et numérisation",
        description = "Fiche de transmission, dépôt des lots numérisés par le prestataire, copie numérique")
class FeuillesController {

    private final EditerFicheTransmission fiche;
    private final NumeriserLot numeriser;
    private final EnvoyerCopieNumerique copie;
    private final RemisesDemandes remises;
    private final ActeurCourant appelant;

    FeuillesController(EditerFicheTransmission fiche, NumeriserLot numeriser, EnvoyerCopieNumerique copie,
            RemisesDemandes remises, ActeurCourant appelant) {
        this.fiche = fiche;
        this.numeriser = numeriser;
        this.copie = copie;
        this.remises = remises;
        this.appelant = appelant;
    }

    private static void numeroLisible(String numeroUnique) {
        if (numeroUnique.length() > TexteSaisi.MAX_CODE || TexteSaisi.caractereInterdit(numeroUnique)) {
            throw new RessourceIntrouvableException("Aucune demande de ce numéro.");
        }
    }

    @GetMapping(path = "/demandes/{numeroUnique}/fiche-transmission", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Fiche de transmission des pièces (PDF)", description = "Une page (PDF/UA) que le "
            + "demandeur place au-dessus des pièces qu'il envoie par courrier : le numéro unique, le demandeur, les "
            + "pièces encore attendues et le QR code signé que lit le prestataire de numérisation "
            + "(POST /v1.0/numerisation).")
    @ApiResponse(responseCode = "200", description = "La fiche")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro sur le territoire (INTROUVABLE), "
            + "ou données effacées (DONNEES_EFFACEES)", content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> ficheTransmission(@PathVariable String numeroUnique) {
        numeroLisible(numeroUnique);
        byte[] pdf = fiche.executer(numeroUnique, appelant.acteur());
        remises.noter(appelant.acteur(), RemisesDemandes.Canal.API, List.of(numeroUnique));
        return fiche(numeroUnique, pdf);
    }

    /** A demande's fiche de transmission as a PDF to download (the API's and the professional application's). */
    static ResponseEntity<byte[]> fiche(String numeroUnique, byte[] pdf) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("fiche-transmission-" + numeroUnique + ".pdf").build().toString())
                .body(pdf);
    }

    /** A piece filed from a bundle, as the provider reads it back. */
    record PieceClassee(String id, String categorie, int premierePage, int dernierePage, @Nullable String libelle,
            String sha256, long taille) {
    }

    /** The answer to a bundle: the demande, the sheet it came with, the pieces filed. */
    record LotClasseVue(String numeroUnique, String feuille, String dateFeuille, List<PieceClassee> pieces) {
    }

    @PostMapping(path = "/numerisation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déposer un lot numérisé (prestataire de numérisation)", description = "Un PDF numérisé "
            + "dont la première page est une fiche de transmission ou la première page d'une attestation : son QR "
            + "code signé désigne la demande, les pages suivantes y sont classées, une pièce par plage de pages "
            + "(partie facultative plages, JSON : [{\"de\":2,\"a\":3,\"categorie\":\"...\",\"libelle\":\"...\"}], "
            + "couvrant les pages 2 à la dernière ; par défaut une pièce par page), de la catégorie donnée ou « à "
            + "qualifier ». Tout ou rien : un lot refusé ne laisse rien.")
    @ApiResponse(responseCode = "201", description = "Lot classé : les pièces créées, dans l'ordre des pages")
    @ApiResponse(responseCode = "422", description = "Lot refusé : QR_ILLISIBLE, QR_INVALIDE, LOT_ILLISIBLE, "
            + "LOT_SANS_PIECE, PLAGES_PAGES_INVALIDES, ou un refus du dépôt d'une pièce", content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Catégorie pleine (CATEGORIE_PLEINE) ou pièce déjà déposée : "
            + "rien n'est classé", content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<LotClasseVue> numerisation(
            @Parameter(description = "Le lot numérisé (PDF)") @RequestPart("lot") MultipartFile lot,
            @Parameter(description = "Plages de pages des pièces") @RequestPart(name = "plages", required = false)
            @Nullable List<PlageLot> plages) {
        Path fichier = null;
        try {
            fichier = Files.createTempFile("sne-numerisation-", ".pdf");
            lot.transferTo(fichier);
            LotClasse classe = numeriser.executer(fichier, plages == null ? List.of() : plages, appelant.acteur());
            return ResponseEntity.status(HttpStatus.CREATED).body(new LotClasseVue(classe.numeroUnique(),
                    classe.feuille().nature().name(), classe.feuille().date().toString(),
                    classe.pieces().stream().map(FeuillesController::vue).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (fichier != null) {
                try {
                    Files.deleteIfExists(fichier);
                } catch (IOException e) {
                    // the temporary folder is cleaned by the system
                }
            }
        }
    }

    private static PieceClassee vue(Piece p) {
        return new PieceClassee(p.id().toString(), p.categorie(), p.pages().getFirst().de(),
                p.pages().getLast().a(), p.pages().getFirst().libelle(), p.sha256(), p.taille());
    }

    @ExceptionHandler(LotRefuseException.class)
    ProblemDetail lotRefuse(LotRefuseException e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.UNPROCESSABLE_CONTENT,
                GestionnaireErreurs.DONNEES_INVALIDES, "Lot refusé", e.getMessage() + " Rien n'a été classé.");
        probleme.setProperty("code", e.code().name());
        probleme.setProperty("erreurs", List.of(new ErreurChamp(e.champ(), e.code(), e.getMessage())));
        return probleme;
    }

    /** The answer to a digital copy sent. */
    record CopieEnvoyee(String numeroUnique, int pieces, String envoyeeLe) {
    }

    @PostMapping(path = "/demandes/{numeroUnique}/copie-numerique", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Envoyer au demandeur une copie numérique de son dossier", description = "Un courriel à "
            + "l'adresse du demandeur, avec en pièce jointe un PDF : le récapitulatif de la demande et la liste de ses "
            + "pièces (catégorie, pages, date de dépôt, qualification), sans les pièces elles-mêmes. Un mouvement "
            + "COP (« Copie numérique ») le trace.")
    @ApiResponse(responseCode = "200", description = "Copie envoyée")
    @ApiResponse(responseCode = "409", description = "Le demandeur n'a pas d'adresse électronique "
            + "(COURRIEL_DEMANDEUR_ABSENT)", content = @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro sur le territoire", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CopieEnvoyee> copieNumerique(@PathVariable String numeroUnique) {
        numeroLisible(numeroUnique);
        EnvoyerCopieNumerique.Envoi envoi = copie.executer(numeroUnique, appelant.acteur());
        return ResponseEntity.ok(new CopieEnvoyee(numeroUnique, envoi.pieces(), envoi.envoyeeLe().toString()));
    }

}
