package fr.sne.attribution.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.attribution.application.DeclarerLogement;
import fr.sne.attribution.application.DesignerCandidat;
import fr.sne.attribution.application.LogementCommande;
import fr.sne.attribution.application.RechercherCandidats;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The dwellings a bailleur puts to attribution, their candidates and the réservataires' designations. */
@RestController
@ControleurApi
@RequestMapping("/v1.0/logements")
@Tag(name = "Attributions", description = "Logements mis en attribution, candidats, commissions d'attribution "
        + "(CALEOL), décisions, réponse du demandeur et bail (article R441-3 du CCH)")
class LogementsController {

    private final DeclarerLogement declarer;
    private final RechercherCandidats rechercher;
    private final DesignerCandidat designer;
    private final ActeurCourant acteur;

    LogementsController(DeclarerLogement declarer, RechercherCandidats rechercher, DesignerCandidat designer,
            ActeurCourant acteur) {
        this.declarer = declarer;
        this.rechercher = rechercher;
        this.designer = designer;
        this.acteur = acteur;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Déclarer un logement mis en attribution", description = "Par un guichet rattaché à un "
            + "bailleur : identifiant RPLS, adresse et commune (du territoire du guichet), typologie "
            + "(ListeTypeLogement), surface, loyer, financement (PLAI, PLAI_ADAPTE, PLUS, PLS), QPV ou non, adapté au "
            + "handicap ou non, réservataire dont il relève (facultatif).")
    @ApiResponse(responseCode = "201", description = "Le logement déclaré")
    @ApiResponse(responseCode = "403", description = "Guichet rattaché à aucun bailleur (GUICHET_SANS_BAILLEUR)")
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ")
    ResponseEntity<Vues.LogementVue> declarerLogement(@RequestBody LogementSaisi logement) {
        Vues.LogementVue vue = Vues.LogementVue.de(declarer.executer(logement.commande(), acteur.acteur()));
        return ResponseEntity.created(URI.create("/v1.0/logements/" + vue.id())).body(vue);
    }

    /** What the guichet sends, read into a {@link LogementCommande}. */
    record LogementSaisi(@Nullable String identifiantRpls, @Nullable String adresse, @Nullable String codeCommune,
            @Nullable String typologie, @Nullable BigDecimal surface, @Nullable BigDecimal loyer,
            @Nullable String financement, @Nullable Boolean qpv, @Nullable Boolean adapteHandicap,
            @Nullable Long reservataire) {

        LogementCommande commande() {
            return LogementCommande.lire(identifiantRpls, adresse, codeCommune, typologie, surface, loyer,
                    financement, qpv, adapteHandicap, reservataire);
        }
    }

    @GetMapping
    @Operation(summary = "Logements du bailleur", description = "Les logements mis en attribution par le bailleur "
            + "du guichet, les derniers d'abord.")
    List<Vues.LogementVue> listerLogements() {
        return declarer.lister(acteur.acteur()).stream().map(Vues.LogementVue::de).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Un logement du bailleur")
    @ApiResponse(responseCode = "404", description = "Logement inconnu (LOGEMENT_INTROUVABLE)")
    @ApiResponse(responseCode = "403", description = "Logement d'un autre bailleur (LOGEMENT_D_UN_AUTRE_BAILLEUR)")
    Vues.LogementVue lireLogement(@PathVariable long id) {
        return Vues.LogementVue.de(declarer.consulter(id, acteur.acteur()));
    }

    @GetMapping("/{id}/candidats")
    @Operation(summary = "Candidats pour un logement", description = "Les demandes actives souhaitant sa commune et "
            + "sa typologie, d'un ménage à sa taille, sous le plafond de ressources de son financement (PLS : PLUS "
            + "majoré de 30 %), et celles que le réservataire a désignées (signalées, même au-dessus du plafond) ; "
            + "les prioritaires d'abord, puis par ancienneté.")
    @ApiResponse(responseCode = "404", description = "Logement inconnu (LOGEMENT_INTROUVABLE)")
    Vues.CandidatsVue candidatsLogement(@PathVariable long id, @RequestParam(defaultValue = "20") int limite) {
        return new Vues.CandidatsVue(id, rechercher.executer(id, acteur.acteur(), Math.min(limite, 100)).stream()
                .map(Vues.CandidatVue::de).toList());
    }

    /** A designation: the demande's numéro. */
    record DesignationSaisie(String numeroUnique) {
    }

    @PostMapping(path = "/{id}/designations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Désigner un candidat", description = "Le réservataire dont relève le logement désigne une "
            + "demande active : un guichet rattaché à un réservataire désigne pour les logements qui lui sont "
            + "réservés ; un guichet du bailleur désigne pour ses logements réservés à personne et, par délégation, "
            + "pour ceux d'un réservataire sans guichet dans le registre.")
    @ApiResponse(responseCode = "204", description = "Désignée")
    @ApiResponse(responseCode = "403", description = "Guichet qui ne peut pas désigner pour ce logement "
            + "(DESIGNATION_NON_AUTORISEE)")
    ResponseEntity<Void> designerCandidat(@PathVariable long id, @RequestBody DesignationSaisie designation) {
        designer.executer(id, designation.numeroUnique(), acteur.acteur());
        return ResponseEntity.noContent().build();
    }
}
