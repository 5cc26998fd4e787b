package fr.sne.gestion.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.RemisesDemandes;
import fr.sne.gestion.application.ConsulterCatalogue;
import fr.sne.gestion.application.EnregistrerEvenement;
import fr.sne.gestion.application.EvenementCommande;
import fr.sne.gestion.application.ListerEvenements;
import fr.sne.gestion.domaine.ContingentEligible;
import fr.sne.gestion.domaine.DonneeEvenement;
import fr.sne.gestion.domaine.EvenementGestion;
import fr.sne.gestion.domaine.NatureDecisionNegative;
import fr.sne.gestion.domaine.PublicPrioritaire;
import fr.sne.gestion.domaine.TypeEvenement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The events of the gestion partagée through the API: the national catalogue, a demande's events (all, or what the
 * applicant sees) and the entry of an event by a guichet.
 */
@RestController
@ControleurApi
@Tag(name = "Gestion partagée", description = "Catalogue national des événements de la gestion partagée, "
        + "événements d'une demande et leur saisie (décret 2015-523, article R441-2-15 du CCH)")
class EvenementsController {

    static final String VUE_DEMANDEUR = "demandeur";

    private final ConsulterCatalogue catalogue;
    private final EnregistrerEvenement enregistrer;
    private final ListerEvenements lister;
    private final ActeurCourant acteur;
    private final RemisesDemandes remises;

    EvenementsController(ConsulterCatalogue catalogue, EnregistrerEvenement enregistrer, ListerEvenements lister,
            ActeurCourant acteur, RemisesDemandes remises) {
        this.remises = remises;
        this.catalogue = catalogue;
        this.enregistrer = enregistrer;
        this.lister = lister;
        this.acteur = acteur;
    }

    @GetMapping("/v1.0/evenements/catalogue")
    @Operation(summary = "Catalogue national des événements", description = "Chaque événement de la gestion "
            + "partagée : code, libellé, visible ou non du demandeur, origine (CYCLE_DE_VIE : déduit du mouvement du "
            + "cycle de vie ; SAISIE : saisi par un guichet des types indiqués ; DECISION_CAL : créé par le registre "
            + "à l'enregistrement d'une décision de CAL, jamais saisi — DESCAL attribution avec ou sans rang, "
            + "DESCAL01 attribution sous condition suspensive, DESCAL02 non-attribution ou non-recevabilité), données "
            + "requises et facultatives ; et les listes de codes de ces données (publics prioritaires de l'article "
            + "L441-1, contingents, natures de décision négative).")
    CatalogueVue catalogue() {
        return new CatalogueVue(catalogue.executer().types().stream().map(TypeVue::de).toList(),
                Arrays.stream(PublicPrioritaire.values()).map(p -> new CodeVue(p.name(), p.libelle())).toList(),
                Arrays.stream(ContingentEligible.values()).map(c -> new CodeVue(c.name(), c.libelle())).toList(),
                Arrays.stream(NatureDecisionNegative.values()).map(n -> new CodeVue(n.name(), n.libelle())).toList());
    }

    @GetMapping("/v1.0/demandes/{numeroUnique}/evenements")
    @Operation(summary = "Événements d'une demande", description = "Ses mouvements lus à travers le catalogue : "
            + "événements saisis ou créés (mouvements EVT) et événements déduits de son cycle de vie (création et "
            + "validation à l'enregistrement, renouvellement, avertissement, radiation, réactivation), dans "
            + "l'ordre. Sans vue : tous, pour les professionnels du territoire. vue=demandeur : ce que voit le "
            + "demandeur (libellé, date, guichet), seulement les événements visibles du demandeur et rien tant que "
            + "le territoire de la demande n'a pas ouvert cette visibilité (visibiliteDemandeurActivee).")
    @ApiResponse(responseCode = "200", description = "Les événements")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant")
    @ApiResponse(responseCode = "422", description = "Vue inconnue (VUE_INCONNUE)")
    ListeVue evenements(@PathVariable String numeroUnique,
            @Parameter(description = "demandeur : ce que voit le demandeur") @RequestParam(required = false)
            @Nullable String vue) {
        ListerEvenements.Vue lue;
        if (vue == null) {
            lue = ListerEvenements.Vue.PROFESSIONNEL;
        } else if (VUE_DEMANDEUR.equals(vue)) {
            lue = ListerEvenements.Vue.DEMANDEUR;
        } else {
            throw new DonneesInvalidesException(List.of(ErreurChamp.de("vue", CodeMotif.VUE_INCONNUE)));
        }
        ListerEvenements.Evenements liste = lister.executer(numeroUnique, lue, acteur.acteur());
        // handed out to the guichet's software (issue 16 §1)
        remises.noter(acteur.acteur(), RemisesDemandes.Canal.API, List.of(liste.numeroUnique()));
        return new ListeVue(liste.numeroUnique(), lue == ListerEvenements.Vue.DEMANDEUR ? VUE_DEMANDEUR
                : "professionnel", liste.visibiliteActivee(), liste.evenements().stream()
                .map(e -> lue == ListerEvenements.Vue.DEMANDEUR ? EvenementVue.demandeur(e, liste)
                        : EvenementVue.de(e, liste)).toList());
    }

    @PostMapping(path = "/v1.0/demandes/{numeroUnique}/evenements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer un événement sur une demande", description = "Un guichet saisit un événement "
            + "du catalogue dont l'origine est SAISIE et que son type de guichet peut saisir (une décision DALO : "
            + "ETAT ; une désignation : un réservataire…), à une date qui n'est pas dans le futur, avec les données "
            + "que son code requiert (donnees.dateDecision pour DECISION_DALO, donnees.public pour "
            + "PRIORITE_RECONNUE…). Il devient un mouvement EVT de la demande, sur sa version courante qu'il ne "
            + "change pas. Une demande radiée en reçoit encore ; une demande effacée non.")
    @ApiResponse(responseCode = "201", description = "L'événement enregistré")
    @ApiResponse(responseCode = "403", description = "Acteur sans guichet (GUICHET_REQUIS), ou type de guichet qui "
            + "ne saisit pas ce code (EVENEMENT_NON_AUTORISE_GUICHET) ; rien n'a été écrit")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant "
            + "(INTROUVABLE), ou demande effacée (DONNEES_EFFACEES)")
    @ApiResponse(responseCode = "422", description = "Champ par champ : code inconnu (EVENEMENT_INCONNU), créé par "
            + "une décision de CAL (EVENEMENT_RESERVE_DECISION_CAL) ou par le cycle de vie "
            + "(EVENEMENT_DU_CYCLE_DE_VIE), date future (DATE_FUTURE), donnée requise manquante (OBLIGATOIRE), "
            + "donnée inconnue ou non applicable (CHAMP_INCONNU, NON_APPLICABLE)…; rien n'a été écrit")
    ResponseEntity<EvenementVue> enregistrer(@PathVariable String numeroUnique,
            @RequestBody SaisieEvenement saisie) {
        EvenementGestion e = enregistrer.executer(numeroUnique, EvenementCommande.lire(saisie.code(), saisie.date(),
                saisie.commentaire(), saisie.donnees()), acteur.acteur());
        ListerEvenements.Evenements seul = lister.executer(numeroUnique, ListerEvenements.Vue.PROFESSIONNEL,
                acteur.acteur());
        return ResponseEntity.created(URI.create("/v1.0/demandes/" + numeroUnique + "/evenements"))
                .body(EvenementVue.de(e, seul));
    }

    /**
     * What a guichet sends.
     *
     * @param donnees the data the code needs, by name (see the catalogue)
     */
    record SaisieEvenement(@Nullable String code, @Nullable LocalDate date, @Nullable String commentaire,
            @Nullable Map<String, Object> donnees) {
    }

    record CatalogueVue(List<TypeVue> evenements, List<CodeVue> publicsPrioritaires, List<CodeVue> contingents,
            List<CodeVue> naturesDecisionNegative) {
    }

    record CodeVue(String code, String libelle) {
    }

    record TypeVue(String code, String libelle, String description, boolean visibleDemandeur, String origine,
            boolean saisissable, List<String> typesGuichet, List<String> donneesRequises,
            List<String> donneesFacultatives) {

        static TypeVue de(TypeEvenement t) {
            return new TypeVue(t.code(), t.libelle(), t.description(), t.visibleDemandeur(), t.origine().name(),
                    t.saisissable(), t.typesGuichet().stream().sorted().toList(),
                    t.donneesRequises().stream().map(DonneeEvenement::nom).toList(),
                    t.donneesFacultatives().stream().map(DonneeEvenement::nom).toList());
        }
    }

    /**
     * The events of a demande as a view shows them.
     *
     * @param vue                         {@code professionnel} or {@code demandeur}
     * @param visibiliteDemandeurActivee  whether the demande's territory shows the applicant his events
     */
    record ListeVue(String numeroUnique, String vue, boolean visibiliteDemandeurActivee,
            List<EvenementVue> evenements) {
    }

    record GuichetVue(String code, String nom) {
    }

    /**
     * An event; in the applicant's view only {@code libelle}, {@code date} and {@code guichet}.
     *
     * @param mouvement      the id of the movement it is (EVT) or is derived from
     * @param typeMouvement  that movement's type
     * @param versionDemande the demande's version the movement carries
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EvenementVue(@Nullable Long mouvement, @Nullable String typeMouvement, @Nullable String code,
            String libelle, @Nullable Boolean visibleDemandeur, @Nullable String origine, LocalDate date,
            @Nullable Instant horodatage, @Nullable GuichetVue guichet, @Nullable Integer versionDemande,
            @Nullable String commentaire, @Nullable Map<String, Object> donnees) {

        static EvenementVue de(EvenementGestion e, ListerEvenements.Evenements liste) {
            return new EvenementVue(e.mouvement(), e.typeMouvement(), e.code(), e.libelle(), e.visibleDemandeur(),
                    e.origine().name(), e.date(), e.horodatage(), guichet(e, liste), e.versionDemande(),
                    e.commentaire(), e.donnees());
        }

        static EvenementVue demandeur(EvenementGestion e, ListerEvenements.Evenements liste) {
            return new EvenementVue(null, null, null, e.libelle(), null, null, e.date(), null, guichet(e, liste),
                    null, null, null);
        }

        private static @Nullable GuichetVue guichet(EvenementGestion e, ListerEvenements.Evenements liste) {
            String nom = liste.nomGuichet(e.guichet());
            return e.guichet() == null || nom == null ? null : new GuichetVue(e.guichet(), nom);
        }
    }
}
