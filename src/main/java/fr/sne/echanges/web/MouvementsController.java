package fr.sne.echanges.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonRawValue;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.GestionnaireErreurs;
import fr.sne.commun.ReponsesErreur;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.FluxMouvements.Instantane;
import fr.sne.demande.FluxMouvements.MouvementInstantane;
import fr.sne.echanges.application.FluxRefuseException;
import fr.sne.echanges.application.EchangerDemandesXml;
import fr.sne.echanges.application.LireFluxMouvements;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The movement feed (GDM) of the guichets' software: {@code GET /v1.0/mouvements}. */
@RestController
@ControleurApi
@Tag(name = "Flux des mouvements", description = "Le flux des mouvements (GDM) : chaque changement des demandes "
        + "visibles du guichet, une seule fois, dans l'ordre, avec la demande telle qu'elle est")
class MouvementsController {

    static final URI CURSEUR_EXPIRE = URI.create("urn:sne:probleme:curseur-expire");
    static final String PROBLEME = "application/problem+json";

    private final LireFluxMouvements lire;
    private final ActeurCourant appelant;
    private final EchangerDemandesXml echanger;

    MouvementsController(LireFluxMouvements lire, ActeurCourant appelant, EchangerDemandesXml echanger) {
        this.lire = lire;
        this.appelant = appelant;
        this.echanger = echanger;
    }

    @GetMapping(path = "/v1.0/mouvements", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Flux des mouvements des demandes du territoire", description = """
            Les mouvements (CRE, CRS, MOD, REN, RAD, SUP, les événements EVT de la gestion partagée et les pièces \
            justificatives PJD déposée, PJS supprimée, PJR reclassée, PJQ qualifiée, chacune avec ses métadonnées \
            sous `document.piece`, jamais son fichier) des demandes \
            que le guichet peut voir, des plus anciens aux plus récents, chacun avec la demande telle qu'elle est \
            au moment de la lecture : aucun autre appel n'est nécessaire pour tenir une copie à jour. Une demande \
            radiée puis effacée (un an après sa radiation) vient avec ce qu'il en reste.

            **Garantie.** Un logiciel qui enchaîne ses appels avec `curseurSuivant` reçoit chaque mouvement validé \
            de son périmètre exactement une fois, quel que soit le nombre de transactions concurrentes et si tard \
            qu'une longue transaction soit validée : aucun chevauchement d'appels n'est nécessaire, et il n'en faut \
            pas. Le flux ne sert un mouvement qu'une fois terminée toute transaction plus ancienne que la sienne ; \
            un mouvement validé à l'instant de l'appel peut donc n'apparaître qu'à l'appel suivant.

            **Ordre et règle de version.** L'ordre est celui des transactions (leur numéro est pris à leur première \
            écriture, non à leur validation), puis de l'écriture : il n'est pas l'ordre des validations, ni \
            toujours celui des versions d'une même demande. Chaque mouvement porte `versionDemande`, la version que \
            le changement a donnée à la demande (un EVT ou une pièce : celle sur laquelle il a été enregistré), et `demande` la \
            demande au moment de la lecture, dont `demande.version` est au moins `versionDemande`. Appliquez \
            `demande` à votre copie seulement si `demande.version` est plus grande que la version que vous tenez ; \
            sinon ignorez-la : vous tenez déjà aussi récent. Cette règle gouverne l'état de la demande ; un \
            événement (EVT), une pièce ou une copie s'applique une fois par son mouvement, quelle que soit la \
            version.

            **Fréquence.** Comme le recommande le système national : au-delà de 5 000 demandes par jour, un appel \
            par heure ; en deçà, jusqu'à deux fois par jour ; évitez les heures rondes. Quand `aJour` est vrai, \
            tout ce qui était servi a été donné : attendez l'appel suivant. Les appels sont comptés par guichet.

            **Premier appel.** Sans curseur, le flux part du premier mouvement, ou de `depuis` (les mouvements \
            datés de cet instant ou après ; pour initialiser une copie, préférez un export). Un curseur vaut 30 \
            jours, pour le guichet et les communes avec lesquels il a été obtenu.""")
    @ApiResponse(responseCode = "200", description = "Une page du flux et le curseur de la suivante")
    @ApiResponse(responseCode = "400", description = "Curseur invalide (CURSEUR_INVALIDE : altéré, d'un autre "
            + "guichet ou d'autres communes), depuis dans le futur (DATE_FUTURE) ou avec un curseur "
            + "(NON_APPLICABLE), limite hors de 1 à 10 000 (HORS_BORNES), commune mal formée (FORMAT_INVALIDE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "Curseur expiré (CURSEUR_EXPIRE) : resynchroniser la copie",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    FluxVue mouvements(
            @Parameter(description = "Le curseurSuivant de la page précédente (opaque) ; absent au premier appel")
            @RequestParam(required = false) @Nullable String curseur,
            @Parameter(description = "Premier appel seulement : les mouvements datés de cet instant ou après "
                    + "(ISO 8601 avec fuseau, par exemple 2026-01-15T08:00:00Z)")
            @RequestParam(required = false) @Nullable String depuis,
            @Parameter(description = "Codes INSEE des communes (autant que voulu, paramètre répété ou séparé par "
                    + "des virgules) : une demande en est si l'une de ses communes souhaitées l'est ; absent : tout "
                    + "le périmètre du guichet", array = @ArraySchema(schema = @Schema(type = "string",
                            pattern = "[0-9][0-9AB][0-9]{3}")))
            @RequestParam(required = false) @Nullable List<String> communes,
            @Parameter(description = "Nombre maximal de mouvements (1 à 10 000, 1 000 par défaut)")
            @RequestParam(required = false) @Nullable String limite) {
        LireFluxMouvements.Page page = page(curseur, depuis, communes, limite);
        return new FluxVue(page.mouvements().stream().map(MouvementVue::de).toList(), page.curseurSuivant(),
                page.aJour());
    }

    /**
     * The same page in XML (mouvement-1.0.xsd, ADR 0021), written as it streams out: the same parameters, rules and
     * problems (JSON problem documents).
     */
    @GetMapping(path = "/v1.0/mouvements", produces = MediaType.APPLICATION_XML_VALUE)
    @Hidden
    void mouvementsXml(@RequestParam(required = false) @Nullable String curseur,
            @RequestParam(required = false) @Nullable String depuis,
            @RequestParam(required = false) @Nullable List<String> communes,
            @RequestParam(required = false) @Nullable String limite, HttpServletResponse reponse)
            throws IOException {
        LireFluxMouvements.Page page = page(curseur, depuis, communes, limite);
        reponse.setContentType(MediaType.APPLICATION_XML_VALUE);
        echanger.ecrire(page, reponse.getOutputStream());
    }

    private LireFluxMouvements.Page page(@Nullable String curseur, @Nullable String depuis,
            @Nullable List<String> communes, @Nullable String limite) {
        Instant instant = null;
        if (depuis != null) {
            try {
                instant = OffsetDateTime.parse(depuis).toInstant();
            } catch (DateTimeParseException e) {
                throw new FluxRefuseException("depuis", CodeMotif.FORMAT_INVALIDE, false);
            }
        }
        Integer taille = null;
        if (limite != null) {
            try {
                taille = Integer.valueOf(limite);
            } catch (NumberFormatException e) {
                throw new FluxRefuseException("limite", CodeMotif.FORMAT_INVALIDE, false);
            }
        }
        List<String> codes = new ArrayList<>();
        if (communes != null) {
            communes.stream().map(String::strip).filter(c -> !c.isEmpty()).forEach(codes::add);
        }
        return lire.executer(curseur, instant, codes, taille, appelant.acteur());
    }

    @ExceptionHandler(FluxRefuseException.class)
    ResponseEntity<ProblemDetail> refus(FluxRefuseException e) {
        HttpStatus statut = e.expire() ? HttpStatus.GONE : HttpStatus.BAD_REQUEST;
        ProblemDetail probleme = ReponsesErreur.probleme(statut,
                e.expire() ? CURSEUR_EXPIRE : GestionnaireErreurs.REQUETE_ILLISIBLE,
                e.expire() ? "Curseur expiré" : "Requête illisible", e.getMessage());
        probleme.setProperty("code", e.code().name());
        probleme.setProperty("erreurs", List.of(new ErreurChamp(e.parametre(), e.code().name(), e.getMessage())));
        return ResponseEntity.status(statut).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(probleme);
    }

    /** A page of the feed. */
    record FluxVue(
            @Schema(description = "Les mouvements, des plus anciens aux plus récents") List<MouvementVue> mouvements,
            @Schema(description = "Le curseur (opaque) de l'appel suivant, donné à chaque page, même vide")
            String curseurSuivant,
            @Schema(description = "Vrai quand la page n'est pas pleine : tout ce qui pouvait être servi l'a été")
            boolean aJour) {
    }

    /** A movement and the demande when read. */
    record MouvementVue(
            @Schema(description = "Le numéro du mouvement au registre, unique et jamais réutilisé : un événement "
                    + "(EVT) reçu deux fois, par un export puis par le flux, se reconnaît à lui (attribut mouvement "
                    + "des événements de l'export)") long identifiant,
            @Schema(description = "Type du mouvement (liste ListeTypeFichier : CRE, CRS, MOD, REN, RAD, SUP ; EVT, et "
                    + "PJD, PJS, PJR, PJQ pour les pièces justificatives)")
            String type,
            @Schema(description = "Date et heure du mouvement") Instant date,
            @Schema(description = "Le guichet qui l'a fait ; absent pour un traitement du registre")
            @Nullable String guichet,
            String numeroUnique,
            @Schema(description = "La version donnée à la demande par ce mouvement (EVT : celle sur laquelle il a "
                    + "été enregistré)") @Nullable Integer versionDemande,
            @Schema(description = "Le document du mouvement (version 1 : les champs de son type, l'acteur ; un "
                    + "événement EVT avec son code et ses données)", implementation = java.util.Map.class)
            @JsonRawValue String document,
            @Schema(description = "La demande au moment de la lecture (version au moins versionDemande) ; absente "
                    + "si le registre ne la tient plus") @Nullable DemandeInstantaneeVue demande) {

        static MouvementVue de(MouvementInstantane m) {
            return new MouvementVue(m.position().id(), m.type(), m.horodatage(), m.guichet(), m.numeroUnique(), m.versionDemande(),
                    m.document(), m.demande() == null ? null : DemandeInstantaneeVue.de(m.demande()));
        }
    }

    /** The demande as it stands when read. */
    record DemandeInstantaneeVue(
            @Schema(description = "La version de la demande (son ETag) : la règle de version porte sur elle")
            int version,
            String statut,
            String territoire,
            LocalDate dateDepot,
            @Nullable LocalDate dateDernierRenouvellement,
            LocalDate dateFinValidite,
            String guichetEnregistreur,
            Instant enregistreeLe,
            Instant modifieeLe,
            @Nullable String motifRadiation,
            @Nullable String sousMotifRadiation,
            @Nullable LocalDate dateRadiation,
            @Schema(description = "Vrai une fois la demande effacée (un an après sa radiation) : il n'en reste que "
                    + "le numéro, le territoire, le statut, les dates et la radiation") boolean donneesEffacees,
            @Schema(description = "Le contenu de la demande tel que le registre le conserve (les rubriques de "
                    + "POST /v1.0/demandes) ; absent une fois effacée", implementation = java.util.Map.class) @JsonRawValue @Nullable String contenu) {

        static DemandeInstantaneeVue de(Instantane d) {
            return new DemandeInstantaneeVue(d.version(), d.statut(), d.territoire(), d.dateDepot(),
                    d.dateDernierRenouvellement(), d.dateFinValidite(), d.guichetEnregistreur(), d.enregistreeLe(),
                    d.modifieeLe(), d.motifRadiation(), d.sousMotifRadiation(), d.dateRadiation(),
                    d.donneesEffacees(), d.contenu());
        }
    }
}
