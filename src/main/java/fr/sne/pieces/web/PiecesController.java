package fr.sne.pieces.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.Televersements;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.pieces.application.DeposerPiece;
import fr.sne.pieces.application.DepotPiece;
import fr.sne.pieces.application.LirePieces;
import fr.sne.pieces.application.PieceOuverte;
import fr.sne.pieces.application.ReclasserPiece;
import fr.sne.pieces.application.SupprimerPiece;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlagePages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pieces of a demande through the API (issue 17 §2): lodge one (multipart), list them, read one's bytes, delete
 * one with a reason, reclassify one.
 */
@RestController
@ControleurApi
@Tag(name = "Pièces justificatives", description = "Plan de classement, dépôt, lecture, suppression et reclassement "
        + "des pièces d'une demande (dossier unique, article R441-2-4-1 du CCH)")
class PiecesController {

    static final String PROBLEME = "application/problem+json";

    /** The most page ranges a piece may carry. */
    static final int PLAGES_MAX = 100;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final DeposerPiece deposer;
    private final LirePieces lire;
    private final SupprimerPiece supprimer;
    private final ReclasserPiece reclasser;
    private final ActeurCourant acteur;
    private final Televersements televersements;

    PiecesController(DeposerPiece deposer, LirePieces lire, SupprimerPiece supprimer, ReclasserPiece reclasser,
            ActeurCourant acteur, Televersements televersements) {
        this.deposer = deposer;
        this.lire = lire;
        this.supprimer = supprimer;
        this.reclasser = reclasser;
        this.acteur = acteur;
        this.televersements = televersements;
    }

    @PostMapping(path = "/v1.0/demandes/{numeroUnique}/pieces", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déposer une pièce sur une demande", description = """
            Corps multipart/form-data : `fichier` (le fichier : PDF, JPEG ou PNG, reconnu à son contenu et non à son \
            nom ni au type annoncé, au plus 10 Mo), `categorie` (un code du plan de classement en vigueur, \
            GET /v1.0/plan-de-classement), `personne` facultatif (DEMANDEUR, CO_DEMANDEUR:n, PERSONNE_A_CHARGE:n), \
            `pages` facultatif (partie JSON : `[{"de":1,"a":2,"libelle":"avis d'imposition 2025"}]`). Le fichier est \
            lu avant d'être accepté : un PDF chiffré, contenant du JavaScript ou des fichiers incorporés, une image \
            annonçant plus de 50 millions de pixels, un fichier tronqué ou vide, un nom de fichier portant un chemin, \
            un contenu qui ne correspond pas à son extension ou au type annoncé sont refusés et rien n'est gardé. \
            Une catégorie pleine (son maximum atteint) est refusée (409 CATEGORIE_PLEINE, `piecesObsoletes` nomme \
            les pièces obsolètes qui peuvent être supprimées pour faire place) ; le même fichier déjà sur la demande \
            aussi (409 PIECE_EN_DOUBLE). Le dépôt est un mouvement PJD de la demande, portant les métadonnées de la \
            pièce (GET /v1.0/mouvements).""")
    @ApiResponse(responseCode = "201", description = "La pièce déposée (en-tête Location : son fichier)")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant "
            + "(INTROUVABLE), ou demande effacée (DONNEES_EFFACEES)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Catégorie pleine (CATEGORIE_PLEINE), fichier déjà déposé "
            + "(PIECE_EN_DOUBLE), demande radiée (DEMANDE_NON_ACTIVE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Corps au-delà de 11 Mo, refusé avant d'être lu ou pendant sa "
            + "lecture (CORPS_TROP_VOLUMINEUX)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Champ par champ : categorie (CATEGORIE_INCONNUE), personne "
            + "(PERSONNE_INCONNUE), pages (PAGES_INVALIDES), fichier (PIECE_VIDE, PIECE_TROP_VOLUMINEUSE, "
            + "TYPE_PIECE_NON_ADMIS, CONTENU_NON_CONFORME, PIECE_TRONQUEE, PIECE_ILLISIBLE, PDF_CHIFFRE, "
            + "PDF_JAVASCRIPT, PDF_FICHIER_INCORPORE, IMAGE_TROP_GRANDE, NOM_FICHIER_INVALIDE) ; rien n'a été gardé",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PieceJson> deposer(@PathVariable String numeroUnique,
            @Parameter(description = "Le fichier") @RequestPart("fichier") MultipartFile fichier,
            @Parameter(description = "Code de la catégorie") @RequestPart("categorie") String categorie,
            @Parameter(description = "La personne du ménage") @RequestPart(name = "personne", required = false)
            @Nullable String personne,
            @Parameter(description = "Plages de pages (JSON)") @RequestPart(name = "pages", required = false)
            @Nullable String pages) {
        List<PlagePages> plages = plages(pages);
        Path copie = televersements.nouveauFichier();
        try {
            fichier.transferTo(copie);
            Piece piece = deposer.deposer(new DepotPiece(numeroUnique, categorie.strip(),
                    personne == null || personne.isBlank() ? null : personne.strip(), plages,
                    fichier.getOriginalFilename(), copie), fichier.getContentType(), acteur.acteur());
            PieceJson json = PieceJson.de(piece);
            return ResponseEntity.created(URI.create(json.contenu())).body(json);
        } catch (IOException e) {
            throw new UncheckedIOException("copie de la pièce reçue impossible", e);
        } finally {
            try {
                Files.deleteIfExists(copie);
            } catch (IOException e) {
                // the folder is emptied at the next start; nothing of the request is lost
            }
        }
    }

    @GetMapping(path = "/v1.0/demandes/{numeroUnique}/pieces", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Les pièces d'une demande", description = "Leurs métadonnées, dans l'ordre de leur dépôt, "
            + "sans les pièces supprimées ; obsolete dit si la règle de sa catégorie la juge trop ancienne.")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ListePieces pieces(@PathVariable String numeroUnique) {
        return new ListePieces(numeroUnique, lire.liste(numeroUnique, acteur.acteur()).stream().map(PieceJson::de)
                .toList());
    }

    /** The pieces of a demande. */
    @Schema(name = "ListePieces")
    record ListePieces(String numeroUnique, List<PieceJson> pieces) {
    }

    @GetMapping(path = "/v1.0/demandes/{numeroUnique}/pieces/{id}")
    @Operation(summary = "Le fichier d'une pièce", description = "Ses octets, avec son type (Content-Type) et son "
            + "empreinte (ETag). Chaque affichage est inscrit au journal des accès de la demande (écran PIECE).")
    @ApiResponse(responseCode = "200", description = "Le fichier", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "Aucune pièce de ce numéro sur cette demande visible par "
            + "l'appelant (INTROUVABLE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    void fichier(@PathVariable String numeroUnique, @PathVariable String id, HttpServletResponse reponse)
            throws IOException {
        UUID uuid = uuid(id);
        try (PieceOuverte ouverte = lire.ouvrir(uuid, acteur.acteur())) {
            Piece piece = ouverte.piece();
            if (!piece.numeroUnique().equals(numeroUnique)) {
                throw new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucune pièce " + id
                        + " sur cette demande.");
            }
            reponse.setContentType(piece.typeMedia());
            reponse.setContentLengthLong(piece.taille());
            reponse.setHeader(HttpHeaders.ETAG, "\"" + piece.sha256() + "\"");
            reponse.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            reponse.setHeader(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"piece-" + piece.id()
                    + extension(piece.typeMedia()) + "\"");
            InputStream contenu = ouverte.contenu();
            OutputStream sortie = reponse.getOutputStream();
            contenu.transferTo(sortie);
            sortie.flush();
        }
    }

    @DeleteMapping(path = {"/v1.0/demandes/{numeroUnique}/pieces/{id}",
            "/v1.0/admin/demandes/{numeroUnique}/pieces/{id}"}, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Supprimer une pièce", description = "Avec son motif (obligatoire), gardé dans l'historique "
            + "de la pièce et dans son mouvement PJS ; le fichier quitte le stockage une fois la suppression "
            + "validée. Une pièce obsolète : tout guichet du territoire ; une autre : le guichet qui l'a déposée ou "
            + "le gestionnaire territorial (client d'administration du territoire, à l'adresse "
            + "/v1.0/admin/demandes/{numeroUnique}/pieces/{id}).")
    @ApiResponse(responseCode = "204", description = "Supprimée")
    @ApiResponse(responseCode = "403", description = "SUPPRESSION_PIECE_NON_AUTORISEE",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "Aucune pièce de ce numéro sur cette demande visible",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Motif absent (OBLIGATOIRE) ou trop long (TAILLE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> supprimer(@PathVariable String numeroUnique, @PathVariable String id,
            @RequestBody Suppression corps) {
        supprimer.supprimer(numeroUnique, uuid(id), corps.motif() == null ? "" : corps.motif(), acteur.acteur());
        return ResponseEntity.noContent().build();
    }

    /** The body of a deletion. */
    @Schema(name = "SuppressionPiece")
    record Suppression(@Schema(description = "Pourquoi la pièce est supprimée", maxLength = SupprimerPiece.MOTIF_MAX)
            @Nullable String motif) {
    }

    @PostMapping(path = "/v1.0/demandes/{numeroUnique}/pieces/{id}/reclassement",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reclasser une pièce mal classée", description = "La « fiche incident » : la pièce passe "
            + "dans une autre catégorie du plan en vigueur, qui doit avoir de la place ; un mouvement PJR nomme la "
            + "catégorie quittée.")
    @ApiResponse(responseCode = "200", description = "La pièce dans sa nouvelle catégorie")
    @ApiResponse(responseCode = "404", description = "Aucune pièce de ce numéro sur cette demande visible",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Catégorie pleine (CATEGORIE_PLEINE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Catégorie inconnue (CATEGORIE_INCONNUE) ou la même "
            + "(RECLASSEMENT_INUTILE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    PieceJson reclasser(@PathVariable String numeroUnique, @PathVariable String id,
            @RequestBody Reclassement corps) {
        if (corps.categorie() == null || corps.categorie().isBlank()) {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("categorie", CodeMotif.OBLIGATOIRE)));
        }
        return PieceJson.de(reclasser.reclasser(numeroUnique, uuid(id), corps.categorie().strip(), acteur.acteur()));
    }

    /** The body of a reclassification. */
    @Schema(name = "ReclassementPiece")
    record Reclassement(@Schema(description = "Code de la nouvelle catégorie") @Nullable String categorie) {
    }

    /** An id that is no UUID names no piece. */
    private static UUID uuid(String id) {
        try {
            if (id.length() == 36) {
                return UUID.fromString(id);
            }
        } catch (IllegalArgumentException e) {
            // below
        }
        throw new RessourceIntrouvableException(CodeMotif.INTROUVABLE, "Aucune pièce de cet identifiant.");
    }

    private static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            default -> ".jpg";
        };
    }

    /** The {@code pages} part: a JSON array of ranges {@code {"de":1,"a":2,"libelle":"…"}}, nothing else. */
    static List<PlagePages> plages(@Nullable String pages) {
        if (pages == null || pages.isBlank()) {
            return List.of();
        }
        JsonNode tableau;
        try {
            tableau = JSON.readTree(pages);
        } catch (JacksonException e) {
            throw pagesInvalides("JSON illisible");
        }
        if (!tableau.isArray() || tableau.size() > PLAGES_MAX) {
            throw pagesInvalides("un tableau d'au plus " + PLAGES_MAX + " plages est attendu");
        }
        List<PlagePages> plages = new ArrayList<>();
        for (JsonNode p : tableau) {
            if (!p.isObject() || !p.path("de").isInt() || !p.path("a").isInt()
                    || (p.has("libelle") && !p.get("libelle").isNull() && !p.get("libelle").isString())
                    || p.propertyNames().stream().anyMatch(c -> !List.of("de", "a", "libelle").contains(c))) {
                throw pagesInvalides("chaque plage est {\"de\": n, \"a\": n, \"libelle\": texte facultatif}");
            }
            String libelle = p.has("libelle") && !p.get("libelle").isNull() ? p.get("libelle").asString().strip()
                    : null;
            if (libelle != null && libelle.codePoints().anyMatch(c -> Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT)) {
                throw pagesInvalides("un libellé contient un caractère de contrôle");
            }
            try {
                plages.add(new PlagePages(p.get("de").asInt(), p.get("a").asInt(),
                        libelle == null || libelle.isEmpty() ? null : libelle));
            } catch (IllegalArgumentException e) {
                throw pagesInvalides("plage " + p.get("de").asInt() + "–" + p.get("a").asInt()
                        + " (pages à partir de 1, la dernière après la première, libellé d'au plus "
                        + PlagePages.LIBELLE_MAX + " caractères)");
            }
        }
        return plages;
    }

    private static DonneesInvalidesException pagesInvalides(String raison) {
        return new DonneesInvalidesException(List.of(new ErreurChamp("pages", CodeMotif.PAGES_INVALIDES,
                CodeMotif.PAGES_INVALIDES.message(Map.of("raison", raison)))));
    }
}
