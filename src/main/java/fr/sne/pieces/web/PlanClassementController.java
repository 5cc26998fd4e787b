package fr.sne.pieces.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.pieces.application.ConsulterPlan;
import fr.sne.pieces.application.PublierPlan;
import fr.sne.pieces.domaine.Categorie;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filing plan (issue 17 §1): published to everyone with a strong ETag (vendors' software checks cheaply whether
 * it changed: {@code If-None-Match} → 304), changed by the national administrator as a new version.
 */
@RestController
@ControleurApi
@Tag(name = "Pièces justificatives")
class PlanClassementController {

    private final ConsulterPlan consulter;
    private final PublierPlan publier;
    private final ActeurCourant acteur;
    private final JsonMapper json;

    PlanClassementController(ConsulterPlan consulter, PublierPlan publier, ActeurCourant acteur, JsonMapper json) {
        this.consulter = consulter;
        this.publier = publier;
        this.acteur = acteur;
        this.json = json;
    }

    /** The plan as the API writes it. */
    @Schema(name = "PlanDeClassement", description = "Le plan de classement des pièces en vigueur")
    record PlanJson(@Schema(description = "Sa version, croissante") int version,
            @Schema(description = "Date de sa publication") Instant publieLe, List<CategorieJson> categories) {
    }

    /** A category as the API writes and reads it. */
    @Schema(name = "CategoriePiece")
    record CategorieJson(
            @Schema(description = "Code (majuscules, chiffres, _) ; A_QUALIFIER : pièce numérisée pas encore "
                    + "classée", example = "DALO") @Nullable String code,
            @Schema(description = "Libellé") @Nullable String libelle,
            @Schema(description = "Nombre maximal de pièces de la catégorie sur une demande (1 à 99)")
            @Nullable Integer maximum,
            @Schema(description = "ENREGISTREMENT (requise pour enregistrer), INSTRUCTION (requise pour instruire) "
                    + "ou COMPLEMENTAIRE (utile selon la situation)") @Nullable String nature,
            @Schema(description = "Règle d'obsolescence, jugée sur la date du dépôt : AUCUNE, ANNEES:n (déposée avant "
                    + "les n dernières années civiles), DUREE:période ISO 8601 (P6M : plus de six mois)",
                    example = "ANNEES:2") @Nullable String obsolescence) {

        static CategorieJson de(Categorie c) {
            return new CategorieJson(c.code(), c.libelle(), c.maximum(), c.nature().name(), c.obsolescence().code());
        }
    }

    /** The body of a new version. */
    @Schema(name = "NouveauPlanDeClassement")
    record NouveauPlan(@Schema(description = "Toutes les catégories, dans leur ordre") @Nullable
            List<CategorieJson> categories) {
    }

    @GetMapping(path = {"/v1.0/plan-de-classement", "/v1.0/admin/plan-de-classement"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Le plan de classement des pièces", description = """
            Les catégories de pièces justificatives en vigueur (arrêté pris pour l'article R441-2-4-1 du CCH) : \
            code, libellé, nombre maximal de pièces par demande, nature (requise pour enregistrer — la seule pièce \
            d'identité du demandeur —, pour instruire, ou complémentaire), règle d'obsolescence. ETag fort : \
            renvoyez-le en If-None-Match pour savoir à peu de frais s'il a changé (304 sinon).""")
    @ApiResponse(responseCode = "200", description = "Le plan en vigueur",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PlanJson.class)))
    @ApiResponse(responseCode = "304", description = "Inchangé depuis l'ETag donné en If-None-Match")
    ResponseEntity<byte[]> plan(WebRequest requete) {
        ConsulterPlan.PlanPublie publie = consulter.courant();
        byte[] corps = json.writeValueAsBytes(json(publie));
        String etag = "\"" + empreinte(corps) + "\"";
        CacheControl cache = CacheControl.noCache();
        if (requete.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(cache).contentType(MediaType.APPLICATION_JSON)
                .body(corps);
    }

    @PutMapping(path = {"/v1.0/admin/plan-de-classement", "/v1.0/plan-de-classement"},
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Publier une nouvelle version du plan de classement", description = """
            Réservé à l'administration nationale (client d'administration national, à l'adresse \
            /v1.0/admin/plan-de-classement). Toutes les catégories, dans leur ordre ; la version suivante entre en \
            vigueur aussitôt, les précédentes restent. A_QUALIFIER et une catégorie de nature ENREGISTREMENT sont \
            requises ; une catégorie qui tient encore des pièces ne peut pas être retirée (reclassez-les).""")
    @ApiResponse(responseCode = "200", description = "Le plan publié",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = PlanJson.class)))
    @ApiResponse(responseCode = "403", description = "Appelant autre que l'administration nationale "
            + "(PLAN_RESERVE_ADMINISTRATION_NATIONALE)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Champ par champ : categories[i].code (OBLIGATOIRE, "
            + "FORMAT_INVALIDE, PLAN_CATEGORIE_EN_DOUBLE), libelle, maximum (HORS_BORNES), nature, obsolescence "
            + "(PLAN_OBSOLESCENCE_INVALIDE) ; categories (PLAN_CATEGORIE_REQUISE, PLAN_CATEGORIE_UTILISEE)",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> publier(@RequestBody NouveauPlan corps) {
        List<PublierPlan.CategorieSaisie> saisies = corps.categories() == null ? List.of()
                : corps.categories().stream().map(c -> c == null
                        ? new PublierPlan.CategorieSaisie(null, null, null, null, null)
                        : new PublierPlan.CategorieSaisie(c.code(), c.libelle(), c.maximum(), c.nature(),
                                c.obsolescence())).toList();
        byte[] publie = json.writeValueAsBytes(json(publier.publier(saisies, acteur.acteur())));
        return ResponseEntity.ok().eTag("\"" + empreinte(publie) + "\"").contentType(MediaType.APPLICATION_JSON)
                .body(publie);
    }

    private static PlanJson json(ConsulterPlan.PlanPublie publie) {
        return new PlanJson(publie.plan().version(), publie.publieLe(), publie.plan().categories().stream()
                .map(CategorieJson::de).toList());
    }

    private static String empreinte(byte[] contenu) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
