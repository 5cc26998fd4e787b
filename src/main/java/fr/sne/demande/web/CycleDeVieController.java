package fr.sne.demande.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.EnTeteInvalideException;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.application.AvertirDemandeur;
import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.FormatMouvement;
import fr.sne.demande.application.ConsulterActionsPermises;
import fr.sne.demande.RemisesDemandes;
import fr.sne.demande.application.ConsulterHistorique;
import fr.sne.demande.application.ModifierDemande;
import fr.sne.demande.application.ParseurAvertissement;
import fr.sne.demande.application.ParseurRadiation;
import fr.sne.demande.application.ParseurSeparation;
import fr.sne.demande.application.RadierDemande;
import fr.sne.demande.application.ReactiverDemande;
import fr.sne.demande.application.RenouvelerDemande;
import fr.sne.demande.application.SeparerCoDemandeur;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lifecycle of a demande through the API: history, modification, renewal, warning, radiation,
 * reactivation, separation. Every answer that returns the demande carries its {@code ETag}; changes accept it
 * back in {@code If-Match} (required for a modification).
 */
@RestController
@ControleurApi
@RequestMapping("/v1.0/demandes/{numeroUnique}")
@Tag(name = "Cycle de vie", description = "Historique, modification, renouvellement, avertissement, radiation, "
        + "réactivation et séparation d'une demande")
class CycleDeVieController {

    static final String IF_MATCH = HttpHeaders.IF_MATCH;
    static final String PROBLEME = "application/problem+json";
    static final URI VERSION_PERIMEE = URI.create("urn:sne:probleme:version-perimee");
    static final URI VERSION_REQUISE = URI.create("urn:sne:probleme:version-requise");
    /** The only entity tags this API gives: a strong tag, "v" and the version without leading zero. */
    private static final Pattern ETAG = Pattern.compile("^\"v(0|[1-9][0-9]{0,8})\"$");

    private final ConsulterHistorique historique;
    private final ModifierDemande modifier;
    private final RenouvelerDemande renouveler;
    private final AvertirDemandeur avertir;
    private final RadierDemande radier;
    private final ReactiverDemande reactiver;
    private final SeparerCoDemandeur separer;
    private final ActeurCourant acteur;
    private final ConsulterActionsPermises actions;
    private final Clock horloge;
    private final RemisesDemandes remises;

    CycleDeVieController(ConsulterHistorique historique, ModifierDemande modifier, RenouvelerDemande renouveler,
            AvertirDemandeur avertir, RadierDemande radier, ReactiverDemande reactiver, SeparerCoDemandeur separer,
            ActeurCourant acteur, ConsulterActionsPermises actions, Clock horloge, RemisesDemandes remises) {
        this.remises = remises;
        this.actions = actions;
        this.horloge = horloge;
        this.historique = historique;
        this.modifier = modifier;
        this.renouveler = renouveler;
        this.avertir = avertir;
        this.radier = radier;
        this.reactiver = reactiver;
        this.separer = separer;
        this.acteur = acteur;
    }

    /** The entity tag of a demande's version, as every GET returns it and {@code If-Match} takes it back. */
    static String etag(Demande demande) {
        return "\"v" + demande.version() + "\"";
    }

    @GetMapping("/historique")
    @Operation(summary = "Historique d'une demande", description = "Chaque mouvement de la demande, dans l'ordre : "
            + "type (CRE, CRS, MOD, REN, RAD), date, guichet et acteur, rubriques modifiées, motif de radiation.")
    @ApiResponse(responseCode = "200", description = "L'historique")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    HistoriqueVue historique(@PathVariable String numeroUnique) {
        var mouvements = historique.executer(numeroUnique, acteur.acteur());
        remises.noter(acteur.acteur(), RemisesDemandes.Canal.API, List.of(numeroUnique));
        return new HistoriqueVue(numeroUnique, mouvements.stream().map(HistoriqueVue.Mouvement::de).toList());
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Modifier une demande active", description = "Le contenu complet de la demande (comme à "
            + "l'enregistrement), sur la version lue (If-Match : l'ETag du GET). Le numéro et la date de dépôt ne "
            + "changent jamais ; un changement d'identité refait la recherche de doublons. Aucune attestation n'est "
            + "délivrée pour une modification. Un mouvement MOD nomme les rubriques modifiées.")
    @ApiResponse(responseCode = "200", description = "La demande modifiée (nouvel ETag)")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Demande radiée (DEMANDE_NON_ACTIVE) ou doublon (DOUBLON)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "La demande a changé depuis la version lue (VERSION_PERIMEE) :"
            + " rien n'a été écrit", content = @Content(mediaType = PROBLEME,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "400", description = "Document illisible, ou If-Match inutilisable : *, ETag "
            + "faible W/…, plusieurs ETags ou ETag inconnu (VERSION_INVALIDE) ; rien n'a été écrit",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "428", description = "En-tête If-Match manquant (VERSION_REQUISE)",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DemandeVue> modifier(@PathVariable String numeroUnique,
            @Parameter(description = "ETag de la version lue, par exemple \"v3\"")
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ContenuDemande demande) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new VersionRequiseException();
        }
        return avecEtag(modifier.executer(numeroUnique, demande, version(ifMatch), acteur.acteur()));
    }

    @PostMapping(path = "/renouvellement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Renouveler une demande", description = "Le contenu à jour de la demande (article "
            + "R441-2-7 du CCH). Accepté à partir de trois mois avant la fin de validité, tant que la demande est "
            + "active ; le numéro et la date de dépôt sont conservés, la demande est valable un an à compter du "
            + "renouvellement. L'attestation (GET …/attestation) devient une attestation de renouvellement. "
            + "If-Match facultatif : s'il est donné, c'est l'ETag fort de la version actuelle (ni *, ni W/…, ni "
            + "liste : 400 VERSION_INVALIDE).")
    @ApiResponse(responseCode = "200", description = "La demande renouvelée")
    @ApiResponse(responseCode = "409", description = "Hors de la fenêtre de renouvellement "
            + "(RENOUVELLEMENT_HORS_FENETRE, renouvelablePartirDu), demande radiée, doublon",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_PERIMEE", content = @Content(mediaType = PROBLEME,
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DemandeVue> renouveler(@PathVariable String numeroUnique,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ContenuDemande demande) {
        return avecEtag(renouveler.executer(numeroUnique, demande, version(ifMatch), acteur.acteur()));
    }

    @PostMapping(path = "/avertissements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer un avertissement avant radiation (c ou d)", description = "Motif c (absence "
            + "de réponse) ou d (irrecevabilité, avec son sous-motif, bailleur seulement), date d'envoi, canal "
            + "(LRAR ou AUTRE_PREUVE_DEPOT). La radiation devient possible un mois après l'envoi (article L441-2-1 "
            + "du CCH). Pour c, radiationDemandee demande au traitement de nuit de radier à l'échéance.")
    @ApiResponse(responseCode = "201", description = "Avertissement enregistré")
    @ApiResponse(responseCode = "409", description = "Demande radiée, ou motif d par un guichet non bailleur",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AvertissementVue> avertir(@PathVariable String numeroUnique,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ParseurAvertissement.AvertissementSaisi avertissement) {
        Integer attendue = version(ifMatch);
        AvertirDemandeur.Resultat resultat = avertir.executer(numeroUnique, ParseurAvertissement.lire(avertissement,
                LocalDate.now(horloge)), attendue, acteur.acteur());
        var a = resultat.avertissement();
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(resultat.demande()))
                .body(new AvertissementVue(numeroUnique, a.motif().code(), a.sousMotif(), a.dateEnvoi(), a.canal(),
                        a.guichet(), a.radiationDemandee(), a.radiationPossibleLe()));
    }

    @PostMapping(path = "/radiation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Radier une demande", description = "Motif de l'article R441-2-8 du CCH : a attribution "
            + "(bailleur, données de l'article R441-2-9 sous attribution), b renonciation (immédiate), c absence de "
            + "réponse et d irrecevabilité (un mois après un avertissement du guichet ; d : bailleur, sous-motif "
            + "PLAFOND_RESSOURCES ou SEJOUR_IRREGULIER). Le motif e (non-renouvellement) est réservé au traitement "
            + "de nuit, le motif f (fusion de deux demandes d'une même personne) au gestionnaire territorial et à "
            + "l'administrateur national, dans l'application web : un guichet ne radie pas pour ces motifs, et "
            + "numeroUniqueConserve n'est plus lu. La demande radiée reste consultable un an.")
    @ApiResponse(responseCode = "200", description = "La demande radiée")
    @ApiResponse(responseCode = "409", description = "Refus motivé : DEMANDE_NON_ACTIVE, "
            + "RADIATION_RESERVEE_AU_TRAITEMENT, FUSION_RESERVEE_AU_GESTIONNAIRE, RADIATION_RESERVEE_AU_BAILLEUR, "
            + "AVERTISSEMENT_REQUIS, "
            + "DELAI_AVERTISSEMENT_NON_ECOULE (radiationPossibleLe)", content = @Content(mediaType = PROBLEME,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DemandeVue> radier(@PathVariable String numeroUnique,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ParseurRadiation.RadiationSaisie radiation) {
        Integer attendue = version(ifMatch);
        return avecEtag(radier.executer(numeroUnique, ParseurRadiation.lire(radiation), attendue, acteur.acteur()));
    }

    @PostMapping("/reactivation")
    @Operation(summary = "Réactiver une demande radiée", description = "Radiée pour non-renouvellement (e) : "
            + "jusqu'à six mois après la fin de validité, et la réactivation la renouvelle pour un an. Radiée pour "
            + "absence de réponse (c) : pendant cinq mois après la radiation, par le guichet qui l'a radiée. Les "
            + "autres motifs sont définitifs. Numéro et ancienneté conservés.")
    @ApiResponse(responseCode = "200", description = "La demande réactivée")
    @ApiResponse(responseCode = "409", description = "REACTIVATION_IMPOSSIBLE, REACTIVATION_HORS_DELAI, "
            + "REACTIVATION_RESERVEE_AU_GUICHET_RADIANT, DEMANDE_ACTIVE, DOUBLON",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<DemandeVue> reactiver(@PathVariable String numeroUnique,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch) {
        return avecEtag(reactiver.executer(numeroUnique, version(ifMatch), acteur.acteur()));
    }

    @PostMapping(path = "/separation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Séparer un co-demandeur (séparation du couple)", description = "Le co-demandeur désigné "
            + "(par son rang à partir de 1, ou par nom de naissance et date de naissance) reçoit sa propre demande "
            + "(mouvement CRS), qui conserve la date de dépôt d'origine et reçoit son numéro et son attestation ; la "
            + "demande d'origine le perd (MOD). Le contenu de la nouvelle demande peut être donné sous demande.")
    @ApiResponse(responseCode = "201", description = "La demande d'origine et la nouvelle demande")
    @ApiResponse(responseCode = "409", description = "CO_DEMANDEUR_INTROUVABLE, DEMANDE_NON_ACTIVE, DOUBLON",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ",
            content = @Content(mediaType = PROBLEME, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<SeparationVue> separer(@PathVariable String numeroUnique,
            @RequestHeader(name = IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody ParseurSeparation.SeparationSaisie separation) {
        Integer attendue = version(ifMatch);
        SeparerCoDemandeur.Resultat resultat = separer.executer(numeroUnique, ParseurSeparation.lire(separation),
                attendue, acteur.acteur());
        return ResponseEntity.created(URI.create("/v1.0/demandes/" + resultat.nouvelle().numeroUnique().valeur()))
                .body(new SeparationVue(vue(resultat.original()), vue(resultat.nouvelle())));
    }

    /** {@code If-Match} required and missing (HTTP 428). */
    static final class VersionRequiseException extends RuntimeException {
        VersionRequiseException() {
            super(CodeMotif.VERSION_REQUISE.message());
        }
    }

    /**
     * The version named by {@code If-Match}: null when absent (where it is optional), otherwise exactly one strong
     * entity tag of this API ({@code "v3"}). RFC 9110 compares {@code If-Match} strongly, so a weak tag
     * ({@code W/"v3"}) matches no version; {@code *} names none (it holds for any current version) and a list, or two
     * {@code If-Match} lines (which Spring joins with a comma), name several: none of them says which version the
     * client read, so each is refused (400 {@code VERSION_INVALIDE}) rather than taken for the current version, and so
     * is anything else this API never gave. Nothing has been read or written yet.
     */
    static @Nullable Integer version(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String valeur = ifMatch.strip();
        Matcher m = ETAG.matcher(valeur);
        if (m.matches()) {
            return Integer.valueOf(m.group(1));
        }
        String raison;
        if (valeur.equals("*")) {
            raison = "« * » ne désigne aucune version";
        } else if (valeur.contains(",")) {
            raison = "plusieurs ETags";
        } else if (valeur.startsWith("W/")) {
            raison = "un ETag faible, W/…, ne désigne pas une version précise (RFC 9110)";
        } else {
            raison = "ce n'est pas un ETag donné par ce registre";
        }
        throw new EnTeteInvalideException(IF_MATCH, CodeMotif.VERSION_INVALIDE,
                CodeMotif.VERSION_INVALIDE.message(java.util.Map.of("raison", raison)));
    }

    private ResponseEntity<DemandeVue> avecEtag(Demande demande) {
        return ResponseEntity.ok().eTag(etag(demande)).body(vue(demande));
    }

    /** The demande with the actions the caller may take on it now. */
    private DemandeVue vue(Demande demande) {
        return DemandeVue.de(demande, actions.executer(demande, acteur.acteur()));
    }

    record HistoriqueVue(String numeroUnique, List<Mouvement> mouvements) {

        /** Who made the movement: its kind (TypeActeur) and identifier, as in the movement's document. */
        record ActeurVue(String type, String identifiant) {
        }

        /**
         * @param versionDemande the demande's version the movement carries: the one a change moved it to (the
         *                       {@code ETag} it answered, {@code "v"} and this number), or the one an event was
         *                       recorded on without moving it; absent for an old movement whose version is not known
         */
        record Mouvement(String type, Instant horodatage, @Nullable String guichet, @Nullable ActeurVue acteur,
                List<String> rubriquesModifiees, @Nullable String motifRadiation,
                @Schema(description = "La version de la demande que porte le mouvement : celle où le changement "
                        + "l'a amenée (l'ETag de sa réponse, « v » suivi de ce nombre), ou, pour un événement qui ne "
                        + "modifie pas la demande, celle sur laquelle il a été enregistré ; absente pour un mouvement "
                        + "ancien dont la version n'est pas connue", minimum = "0") @Nullable Integer versionDemande,
                @Schema(type = "object", description = "Le document du mouvement (version 1), sans le contenu "
                        + "complet de la demande") JsonNode details) {

            static Mouvement de(ConsulterHistorique.MouvementLu m) {
                DocumentMouvement d = m.document();
                DocumentMouvement.ActeurMouvement acteur = d.acteur();
                return new Mouvement(m.type(), m.horodatage(), m.guichet(),
                        acteur == null ? null : new ActeurVue(acteur.type(), acteur.identifiant()),
                        DocumentMouvement.rubriquesModifiees(d), DocumentMouvement.motifRadiation(d),
                        m.versionDemande(), sansContenu(FormatMouvement.arbre(d)));
            }

            /** The movement's document without the demande's whole content (read it with GET). */
            private static JsonNode sansContenu(JsonNode document) {
                if (document instanceof ObjectNode objet && objet.has("demande")) {
                    objet.remove("demande");
                }
                return document;
            }
        }
    }

    record AvertissementVue(String numeroUnique, String motif, @Nullable String sousMotif, LocalDate dateEnvoi,
            String canal, String guichet, boolean radiationDemandee, LocalDate radiationPossibleLe) {
    }

    record SeparationVue(DemandeVue original, DemandeVue nouvelle) {
    }
}
