package fr.sne.attribution.web;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.attribution.application.ConsulterMixite;
import fr.sne.attribution.application.ConsulterRessourcesParUc;
import fr.sne.attribution.domaine.Mixite;
import fr.sne.attribution.domaine.SituationQuartile;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Resources per consumption unit and first quartile of a demande; the mixité of L441-1 per EPCI. */
@RestController
@ControleurApi
@Tag(name = "Ressources et mixité", description = "Ressources annuelles par unité de consommation, premier quartile "
        + "et obligations de mixité de l'article L441-1 du CCH")
class RessourcesMixiteController {

    private final ConsulterRessourcesParUc ressources;
    private final ConsulterMixite mixite;
    private final ActeurCourant acteur;

    RessourcesMixiteController(ConsulterRessourcesParUc ressources, ConsulterMixite mixite, ActeurCourant acteur) {
        this.ressources = ressources;
        this.mixite = mixite;
        this.acteur = acteur;
    }

    @GetMapping("/v1.0/demandes/{numeroUnique}/ressources-par-uc")
    @Operation(summary = "Ressources par unité de consommation et premier quartile d'une demande",
            description = "Ressources mensuelles déclarées × 12 ÷ unités de consommation du ménage (échelle de l'OCDE "
                    + "modifiée : 1 pour le demandeur, 0,5 par autre personne de 14 ans ou plus, 0,3 par enfant de "
                    + "moins de 14 ans), comparées au seuil du premier quartile de l'EPCI de la première commune "
                    + "souhaitée (Île-de-France : seuil régional), pour l'année en cours (ou la précédente tant que "
                    + "l'arrêté de l'année n'est pas publié). Recalculé à chaque lecture.")
    @ApiResponse(responseCode = "200", description = "La position du ménage")
    @ApiResponse(responseCode = "404", description = "Aucune demande de ce numéro visible par l'appelant, ou données "
            + "effacées (DONNEES_EFFACEES)")
    PositionVue ressourcesParUc(@PathVariable String numeroUnique) {
        return PositionVue.de(ressources.executer(numeroUnique, acteur.acteur()));
    }

    @GetMapping("/v1.0/epci/{siren}/mixite")
    @Operation(summary = "Mixité d'un EPCI pour une année (article L441-1 du CCH)", description = "Parmi les "
            + "attributions suivies d'un bail signé : part hors QPV aux ménages du premier quartile (objectif 25 %), "
            + "part en QPV aux ménages des autres quartiles (objectif 50 %).")
    @ApiResponse(responseCode = "200", description = "Les chiffres de l'EPCI")
    @ApiResponse(responseCode = "404", description = "EPCI inconnu ou hors des territoires de l'appelant")
    @ApiResponse(responseCode = "422", description = "Année hors bornes (HORS_BORNES)")
    MixiteVue mixite(@PathVariable String siren, @RequestParam(required = false) @Nullable Integer annee) {
        return MixiteVue.de(mixite.epci(siren, annee, acteur.acteur()));
    }

    @GetMapping("/v1.0/mixite")
    @Operation(summary = "Mixité de chaque EPCI pour une année", description = "Les EPCI ayant au moins un bail "
            + "signé dans l'année, sur les territoires de l'appelant (tous pour l'administrateur national).")
    @ApiResponse(responseCode = "200", description = "Les chiffres par EPCI")
    @ApiResponse(responseCode = "422", description = "Année hors bornes (HORS_BORNES)")
    List<MixiteVue> mixites(@RequestParam(required = false) @Nullable Integer annee) {
        return mixite.toutes(annee, acteur.acteur()).stream().map(MixiteVue::de).toList();
    }

    /** A demande's resources per UC and first-quartile position. */
    record PositionVue(BigDecimal ressourcesMensuelles, BigDecimal unitesConsommation,
            @Nullable BigDecimal ressourcesAnnuellesParUc, @Nullable String codeCommune, @Nullable String perimetre,
            @Nullable Integer anneeSeuil, @Nullable Integer seuilPremierQuartile, @Nullable Boolean premierQuartile) {

        static PositionVue de(SituationQuartile p) {
            return new PositionVue(p.ressourcesMensuelles(), p.unitesConsommation(), p.ressourcesAnnuellesParUc(),
                    p.codeCommune(), p.perimetre(), p.anneeSeuil(), p.seuil(), p.premierQuartile());
        }
    }

    /** The mixité of an EPCI and year. */
    record MixiteVue(String epci, int annee, long bauxHorsQpv, long bauxHorsQpvPremierQuartile, long bauxEnQpv,
            long bauxEnQpvAutresQuartiles, long bauxQuartileInconnu, @Nullable BigDecimal partHorsQpvPremierQuartile,
            @Nullable BigDecimal partEnQpvAutresQuartiles, BigDecimal objectifHorsQpv, BigDecimal objectifEnQpv,
            @Nullable Boolean objectifHorsQpvAtteint, @Nullable Boolean objectifEnQpvAtteint) {

        static MixiteVue de(Mixite m) {
            return new MixiteVue(m.epci(), m.annee(), m.horsQpv(), m.horsQpvPremierQuartile(), m.enQpv(),
                    m.enQpvAutresQuartiles(), m.quartileInconnu(), m.partHorsQpvPremierQuartile(),
                    m.partEnQpvAutresQuartiles(), Mixite.OBJECTIF_HORS_QPV, Mixite.OBJECTIF_EN_QPV,
                    m.objectifHorsQpvAtteint(), m.objectifEnQpvAtteint());
        }
    }
}
