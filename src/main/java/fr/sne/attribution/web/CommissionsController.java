package fr.sne.attribution.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.sne.attribution.application.CommissionCommande;
import fr.sne.attribution.application.DeciderCandidature;
import fr.sne.attribution.application.DecisionCommande;
import fr.sne.attribution.application.TenirCommission;
import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commission;
import fr.sne.commun.ControleurApi;
import fr.sne.commun.acteur.ActeurCourant;
import fr.sne.demande.RemisesDemandes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The sessions of a bailleur's commission d'attribution and their decisions. */
@RestController
@ControleurApi
@RequestMapping("/v1.0/commissions")
@Tag(name = "Attributions")
class CommissionsController {

    private final TenirCommission tenir;
    private final DeciderCandidature decider;
    private final ActeurCourant acteur;
    private final RemisesDemandes remises;

    CommissionsController(TenirCommission tenir, DeciderCandidature decider, ActeurCourant acteur,
            RemisesDemandes remises) {
        this.remises = remises;
        this.tenir = tenir;
        this.decider = decider;
        this.acteur = acteur;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Créer une séance de commission", description = "Sa date et, par logement du bailleur, ses "
            + "candidats dans l'ordre (numéros uniques) : au moins trois, sauf exception indiquée (DESIGNATION_DALO, "
            + "PLAI_ADAPTE, MANQUE_CANDIDATS ; article R441-3 du CCH).")
    @ApiResponse(responseCode = "201", description = "La séance")
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ (moins de trois candidats "
            + "sans exception : CANDIDATS_INSUFFISANTS ; candidat en double : CANDIDAT_EN_DOUBLE)")
    @ApiResponse(responseCode = "403", description = "Logement d'un autre bailleur, guichet sans bailleur")
    ResponseEntity<Vues.CommissionVue> creerCommission(@RequestBody CommissionSaisie commission) {
        CommissionCommande commande = CommissionCommande.lire(commission.dateCommission(),
                commission.logements() == null ? null : commission.logements().stream()
                        .map(l -> l == null ? null : new CommissionCommande.Ligne(l.logement(), l.candidats(),
                                l.exception())).toList());
        Vues.CommissionVue vue = Vues.CommissionVue.de(tenir.creer(commande, acteur.acteur()));
        return ResponseEntity.created(URI.create("/v1.0/commissions/" + vue.id())).body(vue);
    }

    /** What the guichet sends, read into a {@link CommissionCommande}. */
    record CommissionSaisie(@Nullable LocalDate dateCommission, @Nullable List<@Nullable LogementInscrit> logements) {
    }

    /** A dwelling on the agenda: its candidates' numéros in order, and the exception when fewer than three. */
    record LogementInscrit(@Nullable Long logement, @Nullable List<String> candidats, @Nullable String exception) {
    }

    @GetMapping
    @Operation(summary = "Séances de commission du bailleur", description = "Les plus récentes d'abord.")
    List<Vues.CommissionVue> listerCommissions() {
        List<Commission> commissions = tenir.lister(acteur.acteur());
        noterCandidats(commissions);
        return commissions.stream().map(Vues.CommissionVue::de).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Une séance, ses logements et leurs candidats avec leurs décisions")
    @ApiResponse(responseCode = "404", description = "Séance inconnue du bailleur (COMMISSION_INTROUVABLE)")
    Vues.CommissionVue lireCommission(@PathVariable long id) {
        Commission commission = tenir.consulter(id, acteur.acteur());
        noterCandidats(List.of(commission));
        return Vues.CommissionVue.de(commission);
    }

    /** The candidates' demandes (decisions, resources) handed out to the guichet's software, in one statement. */
    private void noterCandidats(List<Commission> commissions) {
        remises.noter(acteur.acteur(), RemisesDemandes.Canal.API, commissions.stream()
                .flatMap(c -> c.logements().stream()).flatMap(l -> l.candidatures().stream())
                .map(Candidature::numeroUnique).filter(java.util.Objects::nonNull).distinct().toList());
    }

    @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Enregistrer la décision sur un candidat", description = "ATTRIBUTION, ATTRIBUTION_RANG "
            + "(rang), ATTRIBUTION_CONDITION (pieceManquante, echeance), NON_ATTRIBUTION (motif), IRRECEVABILITE "
            + "(sousMotif PLAFOND_RESSOURCES ou SEJOUR_IRREGULIER, canalAvertissement LRAR ou AUTRE_PREUVE_DEPOT, "
            + "dateEnvoiAvertissement : l'avertissement avant radiation d est enregistré). Chaque décision écrit son "
            + "événement de la gestion partagée : DESCAL (attribution, avec ou sans rang), DESCAL01 (sous condition "
            + "suspensive), DESCAL02 (non-attribution ou non-recevabilité). Les ressources au regard du plafond et "
            + "le premier quartile sont relevés ; une attribution au-dessus du plafond est signalée avec sa raison.")
    @ApiResponse(responseCode = "201", description = "Le candidat avec sa décision")
    @ApiResponse(responseCode = "403", description = "Guichet qui n'est pas celui du bailleur du logement "
            + "(LOGEMENT_D_UN_AUTRE_BAILLEUR)")
    @ApiResponse(responseCode = "404", description = "Séance ou logement inconnus (COMMISSION_INTROUVABLE, "
            + "LOGEMENT_INTROUVABLE)")
    @ApiResponse(responseCode = "409", description = "Candidat non examiné par la séance (CANDIDAT_HORS_COMMISSION),"
            + " décision déjà rendue (DECISION_DEJA_RENDUE), demande radiée (DEMANDE_NON_ACTIVE)")
    @ApiResponse(responseCode = "422", description = "Données invalides, champ par champ")
    ResponseEntity<Vues.CandidatureVue> deciderCandidature(@PathVariable long id,
            @RequestBody DecisionSaisie decision) {
        return ResponseEntity.status(201).body(Vues.CandidatureVue.de(decider.executer(id, decision.commande(),
                acteur.acteur())));
    }

    /**
     * What the guichet sends, read into a {@link DecisionCommande}.
     *
     * @param rang                   attribution with rank: 1 first
     * @param pieceManquante         suspensive condition: the piece to produce
     * @param echeance               suspensive condition: before this day
     * @param motif                  non-attribution: its reason
     * @param sousMotif              non-recevabilité: PLAFOND_RESSOURCES or SEJOUR_IRREGULIER
     * @param canalAvertissement     non-recevabilité: how the warning is sent (LRAR or AUTRE_PREUVE_DEPOT)
     * @param dateEnvoiAvertissement non-recevabilité: when it was sent (today when not given)
     */
    record DecisionSaisie(@Nullable Long logement, @Nullable String numeroUnique, @Nullable String decision,
            @Nullable Integer rang, @Nullable String pieceManquante, @Nullable LocalDate echeance,
            @Nullable String motif, @Nullable String sousMotif, @Nullable String canalAvertissement,
            @Nullable LocalDate dateEnvoiAvertissement) {

        DecisionCommande commande() {
            return DecisionCommande.lire(logement, numeroUnique, decision, rang, pieceManquante, echeance, motif,
                    sousMotif, canalAvertissement, dateEnvoiAvertissement);
        }
    }
}
