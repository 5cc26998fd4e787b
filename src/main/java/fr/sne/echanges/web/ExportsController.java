package fr.sne.echanges.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.ReponsesErreur;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.commun.stockage.Stockage;
import fr.sne.echanges.application.ConsulterExport;
import fr.sne.echanges.application.LireFluxMouvements;
import fr.sne.echanges.application.DemanderExport;
import fr.sne.echanges.application.ExportExpireException;
import fr.sne.echanges.domaine.Entite;
import fr.sne.echanges.domaine.Export;
import fr.sne.echanges.domaine.StatutExport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The bulk exports: {@code POST /v1.0/exports}, their state, and their file with HTTP ranges. */
@RestController
@ControleurApi
@Tag(name = "Exports", description = "Les exports en masse, asynchrones : les demandes d'un territoire avec les "
        + "blocs choisis, en archive tar.gz de fichiers XML, pour initialiser ou resynchroniser la copie d'un "
        + "logiciel (habilitation exports)")
class ExportsController {

    static final URI EXPORT_EXPIRE = URI.create("urn:sne:probleme:export-expire");
    static final URI PLAGE_NON_SATISFIABLE = URI.create("urn:sne:probleme:plage-non-satisfiable");
    static final String PROBLEME = "application/problem+json";
    private static final Pattern PLAGE = Pattern.compile("bytes=(\\d*)-(\\d*)");
    private static final int TAMPON = 1 << 16;

    private final DemanderExport demander;
    private final ConsulterExport consulter;
    private final Stockage stockage;
    private final ActeurCourant appelant;
    private final LireFluxMouvements flux;

    ExportsController(DemanderExport demander, ConsulterExport consulter, Stockage stockage,
            ActeurCourant appelant, LireFluxMouvements flux) {
        this.flux = flux;
        this.demander = demander;
        this.consulter = consulter;
        this.stockage = stockage;
        this.appelant = appelant;
    }

    @PostMapping(path = "/v1.0/exports", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Demander un export", description = """
            Demande un export des demandes visibles du guichet, produit en arrière-plan : la réponse 202 donne son \
            numéro et son adresse (`Location`), à consulter jusqu'à l'état PRET, puis télécharger son fichier. Un \
            export sert à initialiser la copie d'un logiciel, ou à la resynchroniser (curseur du flux expiré) : \
            toutes les demandes sont lues dans un même instantané cohérent ; reprenez ensuite le flux des \
            mouvements depuis l'instant de la demande d'export (`depuis`), la règle de version écartant ce qui \
            serait déjà à jour.

            **Entités** : CERFA (la demande et le contenu de son formulaire), EVT (les événements de la gestion \
            partagée), DALO (les décisions DALO reconnues), PRIO (les publics prioritaires de l'article L441-1 \
            reconnus), CONT (les désignations par les réservataires, avec leur contingent), ATTRIB (les décisions \
            des commissions d'attribution, les réponses du demandeur et les baux), PJ (les métadonnées des pièces \
            justificatives conservées, jamais leurs fichiers). COTA et DRM ne sont pas encore tenues par le \
            registre : refusées (ENTITE_NON_DISPONIBLE, champ par champ).

            **Localisation** : des départements (une demande en est quand son territoire est ce département ; en \
            Île-de-France, territoire unique, quand l'une de ses communes souhaitées y est) ou des communes (l'une \
            de ses communes souhaitées), dans le territoire du guichet. `etat` : ACTIVE, RADIEE ou les deux ; une \
            demande effacée (un an après sa radiation) n'est plus exportée. `profondeurDrm` (1 à 3) est réservée \
            à l'entité DRM.

            L'export expire 7 jours après sa demande, et aussitôt si une demande qu'il contient est effacée.""")
    @ApiResponse(responseCode = "202", description = "Export accepté, en attente ; Location : son adresse")
    @ApiResponse(responseCode = "422", description = "Champ invalide : entites, etat ou localisation absents "
            + "(OBLIGATOIRE), code inconnu (CODE_INCONNU), entité pas encore tenue (ENTITE_NON_DISPONIBLE), "
            + "commune inconnue (COMMUNE_INCONNUE) ou mal formée (FORMAT_INVALIDE), profondeurDrm hors de 1 à 3 "
            + "(HORS_BORNES), trop de lieux (TAILLE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Lieu hors du territoire du guichet "
            + "(LOCALISATION_HORS_PERIMETRE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ExportVue> demander(@RequestBody DemandeExportVue corps) {
        Localisation lieux = corps.localisation();
        Export export = demander.executer(new DemanderExport.Demande(corps.entites(), corps.etat(),
                lieux == null ? null : lieux.departements(), lieux == null ? null : lieux.communes(),
                corps.profondeurDrm()), appelant.acteur());
        return ResponseEntity.accepted().location(URI.create("/v1.0/exports/" + export.numero()))
                .body(ExportVue.de(export, null));
    }

    @GetMapping(path = "/v1.0/exports/{numero}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "État d'un export", description = """
            L'état (EN_ATTENTE, EN_COURS, PRET, ECHEC avec son motif, EXPIRE), la progression, le nombre de \
            demandes, puis, une fois PRET, la taille et l'empreinte SHA-256 du fichier et son adresse. Un export \
            d'un autre guichet est inconnu (404). Interrogez-le toutes les quelques secondes.""")
    @ApiResponse(responseCode = "200", description = "L'export")
    @ApiResponse(responseCode = "404", description = "Aucun export de ce numéro pour ce guichet (INTROUVABLE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ExportVue etat(@PathVariable String numero) {
        Export export = consulter.executer(numero, appelant.acteur());
        Long horizon = export.horizonFlux();
        return ExportVue.de(export, export.statut() == StatutExport.PRET && horizon != null
                ? flux.curseurDepuis(horizon, appelant.acteur()) : null);
    }

    @GetMapping(path = "/v1.0/exports/{numero}/fichier", produces = "application/gzip")
    @Operation(summary = "Télécharger le fichier d'un export", description = """
            L'archive tar.gz de l'export : des fichiers XML `demandes-000001.xml`… d'au plus 1 000 demandes \
            chacun, valides selon `export-1.0.xsd` (espace de noms `urn:sne:export:1.0`, qui importe \
            `demande-1.0.xsd`). `Content-Length`, `ETag` (l'empreinte SHA-256) et les requêtes partielles \
            (`Range: bytes=début-fin`, une seule plage ; `If-Range` avec l'ETag) pour reprendre un \
            téléchargement interrompu : 206 avec `Content-Range` ; une plage au-delà du fichier : 416.""")
    @ApiResponse(responseCode = "200", description = "L'archive entière",
            content = @Content(mediaType = "application/gzip", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "La plage demandée",
            content = @Content(mediaType = "application/gzip", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "Aucun export de ce numéro pour ce guichet (INTROUVABLE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Export pas encore prêt, ou en échec (EXPORT_NON_PRET)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "Export expiré, fichier supprimé (EXPORT_EXPIRE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "416", description = "Plage hors du fichier (PLAGE_NON_SATISFIABLE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    void fichier(@PathVariable String numero,
            @Parameter(description = "Une plage d'octets, par exemple bytes=1048576-")
            @RequestHeader(name = HttpHeaders.RANGE, required = false) @Nullable String plage,
            @Parameter(description = "L'ETag reçu : la plage n'est servie que si le fichier est le même")
            @RequestHeader(name = HttpHeaders.IF_RANGE, required = false) @Nullable String siPlage,
            HttpServletResponse reponse) throws IOException {
        Export export = consulter.pret(numero, appelant.acteur());
        String cle = java.util.Objects.requireNonNull(export.cleStockage());
        long taille = java.util.Objects.requireNonNull(export.taille());
        String etag = "\"" + export.sha256() + "\"";
        long debut = 0;
        long fin = taille - 1;
        boolean partiel = false;
        Matcher m = plage == null ? null : PLAGE.matcher(plage.strip());
        if (m != null && m.matches() && !(m.group(1).isEmpty() && m.group(2).isEmpty())
                && (siPlage == null || siPlage.strip().equals(etag))) {
            try {
                if (m.group(1).isEmpty()) {
                    long suffixe = Long.parseLong(m.group(2));
                    debut = Math.max(0, taille - suffixe);
                    if (suffixe == 0) {
                        throw new PlageNonSatisfiable(taille);
                    }
                } else {
                    debut = Long.parseLong(m.group(1));
                    if (!m.group(2).isEmpty()) {
                        fin = Math.min(fin, Long.parseLong(m.group(2)));
                        if (Long.parseLong(m.group(2)) < debut) {
                            throw new PlageNonSatisfiable(taille);
                        }
                    }
                }
            } catch (NumberFormatException e) {
                throw new PlageNonSatisfiable(taille);
            }
            if (debut >= taille) {
                throw new PlageNonSatisfiable(taille);
            }
            partiel = true;
        }
        long longueur = fin - debut + 1;
        Optional<InputStream> flux = partiel ? stockage.ouvrir(cle, debut, longueur) : stockage.ouvrir(cle);
        if (flux.isEmpty()) {
            throw new RessourceIntrouvableException("Le fichier de l'export " + numero + " n'est plus disponible.");
        }
        try (InputStream contenu = flux.get()) {
            reponse.setStatus(partiel ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
            reponse.setContentType("application/gzip");
            reponse.setContentLengthLong(longueur);
            reponse.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
            reponse.setHeader(HttpHeaders.ETAG, etag);
            reponse.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"export-" + export.numero() + ".tar.gz\"");
            if (partiel) {
                reponse.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + debut + "-" + fin + "/" + taille);
            }
            OutputStream sortie = reponse.getOutputStream();
            contenu.transferTo(sortie);
            sortie.flush();
        }
    }

    /** A range that the file cannot satisfy: 416. */
    static final class PlageNonSatisfiable extends RuntimeException {
        private final long taille;

        PlageNonSatisfiable(long taille) {
            super(CodeMotif.PLAGE_NON_SATISFIABLE.message(Map.of("taille", taille)), null, false, false);
            this.taille = taille;
        }
    }

    @ExceptionHandler(PlageNonSatisfiable.class)
    ResponseEntity<ProblemDetail> plage(PlageNonSatisfiable e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                PLAGE_NON_SATISFIABLE, "Plage non satisfiable", e.getMessage());
        probleme.setProperty("code", CodeMotif.PLAGE_NON_SATISFIABLE.name());
        return ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
                .header(HttpHeaders.CONTENT_RANGE, "bytes */" + e.taille)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    @ExceptionHandler(ExportExpireException.class)
    ResponseEntity<ProblemDetail> expire(ExportExpireException e) {
        ProblemDetail probleme = ReponsesErreur.probleme(HttpStatus.GONE, EXPORT_EXPIRE, "Export expiré",
                e.getMessage());
        probleme.setProperty("code", CodeMotif.EXPORT_EXPIRE.name());
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    /** The request. */
    record DemandeExportVue(
            @ArraySchema(schema = @Schema(description = "Entités à exporter : CERFA, DALO, EVT, CONT, ATTRIB, PRIO, "
                    + "PJ (COTA et DRM pas encore tenues)"))
            @Nullable List<String> entites,
            @ArraySchema(schema = @Schema(description = "États des demandes : ACTIVE, RADIEE"))
            @Nullable List<String> etat,
            @Schema(description = "Où : des départements, des communes, ou les deux") @Nullable Localisation localisation,
            @Schema(description = "Profondeur de la DRM, de 1 à 3 (entité DRM, pas encore tenue)", minimum = "1",
                    maximum = "3") @Nullable Integer profondeurDrm) {
    }

    /** Where. */
    record Localisation(
            @ArraySchema(schema = @Schema(description = "Code de département du COG (59, 2A, 971…)"))
            @Nullable List<String> departements,
            @ArraySchema(schema = @Schema(description = "Code INSEE de commune", pattern = "[0-9][0-9AB][0-9]{3}"))
            @Nullable List<String> communes) {
    }

    /** An export as its guichet sees it. */
    record ExportVue(
            String numero,
            @Schema(description = "EN_ATTENTE, EN_COURS, PRET, ECHEC ou EXPIRE") StatutExport statut,
            @Schema(description = "ECHEC : pourquoi ; EXPIRE : DELAI (7 jours) ou EFFACEMENT (une demande qu'il "
                    + "contenait a été effacée)") @Nullable String motif,
            @Schema(description = "Progression en pourcentage") int progression,
            @Schema(description = "Demandes écrites jusqu'ici (toutes une fois PRET)") long lignes,
            @Schema(description = "Demandes à écrire, une fois comptées dans l'instantané") @Nullable Long total,
            @Schema(description = "Fichiers XML de l'archive, une fois PRET") @Nullable Integer fichiers,
            @Schema(description = "Taille de l'archive en octets, une fois PRET") @Nullable Long taille,
            @Schema(description = "Empreinte SHA-256 de l'archive (hexadécimal), une fois PRET ; c'est aussi son ETag")
            @Nullable String sha256,
            Instant demandeLe,
            @Nullable Instant commenceLe,
            @Nullable Instant termineLe,
            @Schema(description = "Date d'expiration : 7 jours après la demande") Instant expireLe,
            @Schema(description = "Adresse du fichier, une fois PRET") @Nullable String fichier,
            @Schema(description = "Une fois PRET : le curseur du flux des mouvements (GET /v1.0/mouvements?curseur=…, "
                    + "tout le périmètre du guichet) qui reprend là où l'instantané de l'export s'arrête. Une copie "
                    + "initialisée par l'export puis tenue par le flux depuis ce curseur ne perd aucun mouvement ; "
                    + "certains, validés pendant l'export, viennent une seconde fois : la règle de version les "
                    + "écarte, et un événement se reconnaît à son identifiant (attribut mouvement de l'export, "
                    + "identifiant du flux). Valable 30 jours à partir de cette lecture.")
            @Nullable String curseurFlux,
            @Schema(description = "Ce qui a été demandé") DemandeRetenue demande) {

        static ExportVue de(Export e, @Nullable String curseurFlux) {
            return new ExportVue(e.numero(), e.statut(), e.motif(), e.progression(), e.lignes(), e.total(),
                    e.fichiers(), e.taille(), e.sha256(), e.demandeLe(), e.commenceLe(), e.termineLe(),
                    e.expireLe(), e.statut() == StatutExport.PRET ? "/v1.0/exports/" + e.numero() + "/fichier" : null,
                    curseurFlux,
                    new DemandeRetenue(e.commande().entites().stream().map(Entite::name).sorted().toList(),
                            e.commande().etats().stream().sorted().toList(),
                            e.commande().territoires().stream().sorted().toList(),
                            e.commande().departements().stream().sorted().toList(),
                            e.commande().communes().stream().sorted().toList(), e.commande().profondeurDrm()));
        }
    }

    /** What was asked, as the registry resolved it. */
    record DemandeRetenue(List<String> entites, List<String> etat,
            @Schema(description = "Territoires entiers (un département qui en est un : 059)") List<String> territoires,
            @Schema(description = "Départements d'Île-de-France, par leurs communes") List<String> departements,
            List<String> communes, @Nullable Integer profondeurDrm) {
    }
}
