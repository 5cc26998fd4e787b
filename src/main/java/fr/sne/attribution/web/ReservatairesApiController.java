package fr.sne.attribution.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.attribution.Reservataire;
import fr.sne.attribution.application.ConsulterFluxReservataire;
import fr.sne.attribution.application.ConsulterFluxReservataire.FluxReservataire;
import fr.sne.attribution.application.ConsulterReservataires;
import fr.sne.attribution.application.FixerPartFlux;
import fr.sne.attribution.application.PartFluxCommande;
import fr.sne.attribution.domaine.PartsFluxBailleur;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The réservataires of a territory and their flux through the API. A guichet's software reads them under
 * {@code /v1.0/reservataires} (its territory); an administration client (scope {@code administration}: a
 * gestionnaire territorial's software, or the national administrator's) reads them under
 * {@code /v1.0/admin/reservataires} and alone sets the shares of the flux there.
 */
@RestController
@ControleurApi
@Tag(name = "Réservataires", description = "La liste des réservataires d'un territoire, leurs parts des flux des "
        + "bailleurs (décret 2020-145) et, par bailleur, l'objectif, les attributions imputées et l'écart")
class ReservatairesApiController {

    /** A share to set: a percentage of the bailleur's dwellings put to attribution in the year. */
    record PartFluxCorps(@Parameter(description = "Pourcentage de 0 à 100, deux décimales au plus") @Nullable BigDecimal part) {
    }

    /** A share of a bailleur's flux, as the API writes it. */
    record PartFluxJson(long reservataire, String categorie, String sirenBailleur, int annee, BigDecimal part) {
    }

    /** The shares of a bailleur's flux for a year after a change. */
    record PartsFluxBailleurJson(String sirenBailleur, int annee, BigDecimal total, List<PartFluxJson> parts) {
    }

    /** A bailleur's line of a réservataire's flux. */
    record LigneFluxJson(@Nullable String sirenBailleur, @Nullable String nomBailleur, BigDecimal part,
            long logementsMisEnAttribution, BigDecimal objectif, long attributions, BigDecimal ecart) {
    }

    /** A réservataire's flux for a year. */
    record FluxJson(Reservataire reservataire, int annee, List<LigneFluxJson> bailleurs, BigDecimal objectif,
            long attributions, BigDecimal ecart) {
    }

    private final ConsulterReservataires consulter;
    private final ConsulterFluxReservataire flux;
    private final FixerPartFlux fixer;
    private final ActeurCourant acteur;
    private final Clock horloge;

    ReservatairesApiController(ConsulterReservataires consulter, ConsulterFluxReservataire flux, FixerPartFlux fixer,
            ActeurCourant acteur, Clock horloge) {
        this.consulter = consulter;
        this.flux = flux;
        this.fixer = fixer;
        this.acteur = acteur;
        this.horloge = horloge;
    }

    @GetMapping(path = {"/v1.0/reservataires", "/v1.0/admin/reservataires"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lister les réservataires d'un territoire",
            description = "Par défaut, le territoire de l'appelant ; l'administration nationale en nomme un. Ce sont "
                    + "les identifiants que portent les données R441-2-9 d'une radiation pour attribution.")
    @ApiResponse(responseCode = "403", description = "Territoire hors du périmètre (RESERVATAIRES_HORS_TERRITOIRE)")
    List<Reservataire> lister(@Parameter(description = "Code du territoire (059, 02A, 111…)")
            @RequestParam(required = false) @Nullable String territoire) {
        return consulter.lister(acteur.acteur(), territoire).stream().map(ReservatairesApiController::json).toList();
    }

    @GetMapping(path = {"/v1.0/reservataires/{id}", "/v1.0/admin/reservataires/{id}"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lire un réservataire")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du territoire (RESERVATAIRE_INTROUVABLE)")
    Reservataire lire(@PathVariable long id) {
        return json(consulter.lire(acteur.acteur(), id));
    }

    @GetMapping(path = {"/v1.0/reservataires/{id}/flux", "/v1.0/admin/reservataires/{id}/flux"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Le flux d'un réservataire pour une année, par bailleur",
            description = "Pour chaque bailleur : la part du réservataire, les logements mis en attribution dans "
                    + "l'année, l'objectif (part × logements ÷ 100), les attributions suivies d'un bail imputées au "
                    + "réservataire et l'écart (attributions − objectif, négatif tant que l'objectif n'est pas "
                    + "atteint).")
    @ApiResponse(responseCode = "404", description = "Inconnu ou hors du territoire (RESERVATAIRE_INTROUVABLE)")
    FluxJson flux(@PathVariable long id, @Parameter(description = "Année ; par défaut l'année en cours")
            @RequestParam(required = false) @Nullable Integer annee) {
        FluxReservataire f = flux.executer(acteur.acteur(), id, annee != null ? annee : Year.now(horloge).getValue());
        return new FluxJson(json(f.reservataire()), f.annee(), f.lignes().stream().map(l -> new LigneFluxJson(
                l.ligne().sirenBailleur(), l.nomBailleur(), l.ligne().part(), l.ligne().logements(),
                l.ligne().objectif(), l.ligne().attributions(), l.ligne().ecart())).toList(), f.objectif(),
                f.attributions(), f.ecart());
    }

    @PutMapping(path = "/v1.0/admin/reservataires/{id}/parts/{siren}/{annee}",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Fixer la part d'un réservataire dans le flux d'un bailleur pour une année",
            description = "Réservé au gestionnaire territorial du territoire du réservataire (client "
                    + "d'administration) et à l'administration nationale. Plafonds (article R441-5 du CCH, décret "
                    + "2020-145) : le préfet réserve au plus 30 % du flux d'un bailleur, publics prioritaires et agents "
                    + "de l'État ensemble, dont au plus 5 % pour les agents ; tous les réservataires ensemble au plus "
                    + "100 %. Une part de 0 retire la réservation. Réponse : les parts du bailleur pour l'année.")
    @ApiResponse(responseCode = "403", description = "Client d'un guichet (la portée administration est requise)")
    @ApiResponse(responseCode = "404", description = "Réservataire inconnu ou hors du territoire "
            + "(RESERVATAIRE_INTROUVABLE)")
    @ApiResponse(responseCode = "422", description = "Part hors plafond (champ part : PART_FLUX_PLAFOND_ETAT, "
            + "PART_FLUX_PLAFOND_AGENTS_ETAT, PART_FLUX_TOTAL_DEPASSE), bailleur sans logement sur le territoire "
            + "(champ siren : PART_FLUX_BAILLEUR_HORS_TERRITOIRE), valeur hors bornes ; rien n'a été enregistré")
    PartsFluxBailleurJson fixer(@PathVariable long id, @PathVariable String siren, @PathVariable int annee,
            @RequestBody PartFluxCorps corps) {
        PartsFluxBailleur parts = fixer.executer(acteur.acteur(), id,
                PartFluxCommande.lire(siren, annee, corps.part(), Year.now(horloge)));
        return new PartsFluxBailleurJson(parts.sirenBailleur(), parts.annee(), parts.total(), parts.parts().stream()
                .map(p -> new PartFluxJson(p.reservataire(), p.categorie().name(), p.sirenBailleur(), p.annee(),
                        p.part())).toList());
    }

    static Reservataire json(ReservataireInscrit r) {
        return new Reservataire(r.id(), r.categorie().name(), r.categorie().libelle(), r.categorie().contingent().name(),
                r.nom(), r.siren(), r.territoire(), r.guichets());
    }
}
