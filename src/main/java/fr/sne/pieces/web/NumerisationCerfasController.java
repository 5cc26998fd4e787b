package fr.sne.pieces.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.Televersements;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.pieces.application.RecevoirCerfa;
import fr.sne.pieces.domaine.CerfaNumerise;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The digitisation provider's door for paper Cerfas without a demande: {@code POST /v1.0/numerisation/cerfas}. */
@RestController
@ControleurApi
@Tag(name = "Numérisation", description = "Le prestataire de numérisation dépose les plis papier numérisés "
        + "(habilitation numerisation)")
class NumerisationCerfasController {

    private static final String PROBLEME = "application/problem+json";

    private final RecevoirCerfa recevoir;
    private final ActeurCourant appelant;
    private final Televersements televersements;

    NumerisationCerfasController(RecevoirCerfa recevoir, ActeurCourant appelant, Televersements televersements) {
        this.recevoir = recevoir;
        this.appelant = appelant;
        this.televersements = televersements;
    }

    /** A scan in the queue, as the provider sees it (no personal data). */
    record CerfaRecuVue(
            @Schema(description = "Identifiant du Cerfa numérisé dans la file de saisie") UUID id,
            @Schema(description = "Nombre de pages du PDF") int pages,
            @Schema(description = "Pages du formulaire (les suivantes sont les pièces jointes)") int pagesCerfa,
            @Schema(description = "Empreinte SHA-256 du PDF reçu") String sha256,
            @Schema(description = "Référence du pli chez le prestataire, si donnée") @Nullable String reference,
            @Schema(description = "Reçu le") Instant recuLe,
            @Schema(description = "État : A_SAISIR (dans la file du centre national de saisie)") String etat) {

        static CerfaRecuVue de(CerfaNumerise c) {
            return new CerfaRecuVue(c.id(), c.pages(), c.pagesCerfa(), c.sha256(), c.reference(), c.recuLe(),
                    c.etat().name());
        }
    }

    @PostMapping(path = "/v1.0/numerisation/cerfas", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déposer un Cerfa papier numérisé sans demande", description = """
            Un formulaire Cerfa papier envoyé par le demandeur lui-même, qui n'a pas encore de demande (donc ni \
            fiche de transmission ni attestation avec code QR) : il entre dans la file de saisie du centre \
            national de saisie, dont un agent enregistre la demande en regard du scan ; le scan (formulaire et \
            pièces jointes) est alors classé sur la nouvelle demande comme pièces « à qualifier ».

            Corps multipart : `fichier` (le PDF, reconnu à son contenu ; ni chiffré, ni JavaScript, ni fichiers \
            incorporés ; au plus 200 pages), `pagesCerfa` (facultatif : le nombre de premières pages qui forment \
            le formulaire, les suivantes étant les pièces jointes ; par défaut toutes), `reference` (facultatif : \
            la référence du pli chez le prestataire). Le même PDF deux fois est refusé (409). Rien n'est gardé \
            d'un envoi refusé.""")
    @ApiResponse(responseCode = "202", description = "Reçu : dans la file de saisie du centre national")
    @ApiResponse(responseCode = "422", description = "Pas un PDF (CERFA_PDF_ATTENDU), PDF refusé : chiffré, "
            + "JavaScript, fichiers incorporés, illisible ou tronqué, trop de pages (CERFA_PDF_REFUSE), pagesCerfa "
            + "ou reference invalide (FORMAT_INVALIDE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Ce PDF a déjà été reçu (CERFA_DEJA_RECU) ou saisi "
            + "(CERFA_DEJA_SAISI)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CerfaRecuVue> deposer(@RequestPart("fichier") MultipartFile fichier,
            @RequestParam(name = "pagesCerfa", required = false) @Nullable Integer pagesCerfa,
            @RequestParam(name = "reference", required = false) @Nullable String reference) {
        Path copie = null;
        try {
            copie = televersements.nouveauFichier();
            fichier.transferTo(copie);
            CerfaNumerise cerfa = recevoir.recevoir(copie, pagesCerfa, reference, appelant.acteur());
            return ResponseEntity.accepted().body(CerfaRecuVue.de(cerfa));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (copie != null) {
                try {
                    Files.deleteIfExists(copie);
                } catch (IOException e) {
                    // a temporary file the system cleans
                }
            }
        }
    }
}
