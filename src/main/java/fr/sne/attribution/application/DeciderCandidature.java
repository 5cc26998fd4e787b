package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commissions;
import fr.sne.attribution.domaine.DecisionCommission;
import fr.sne.attribution.domaine.EvenementAttribution;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.PlafondRessources;
import fr.sne.attribution.domaine.PositionQuartile;
import fr.sne.attribution.domaine.QuartileMenage;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.CycleDeVieDemandes;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.EvenementsDemande;
import fr.sne.demande.LectureDemandes;

/**
 * The commission's decision on one of its candidates (R441-3 CCH), recorded by its bailleur's guichet in one
 * transaction with its event of the gestion partagée (an EVT movement DESCAL, DESCAL01 or DESCAL02 on the demande):
 * attribution; attribution with rank; attribution under suspensive condition (the missing piece and the deadline);
 * non-attribution with its reason; non-recevabilité with its sub-motive, which records the warning before a
 * radiation d through the demande's own warning use case (L441-2-1 CCH). The household's income ceiling and first
 * quartile at decision time are recorded with it; an attribution above the ceiling is flagged with its reason.
 */
@Service
public class DeciderCandidature {

    private final ActeurBailleur bailleur;
    private final Commissions commissions;
    private final LectureDemandes lecture;
    private final EvenementsDemande evenements;
    private final CycleDeVieDemandes cycle;
    private final ExamenMenage examen;
    private final QuartileMenage quartiles;
    private final Clock horloge;

    DeciderCandidature(ActeurBailleur bailleur, Commissions commissions, LectureDemandes lecture,
            EvenementsDemande evenements, CycleDeVieDemandes cycle, ExamenMenage examen, QuartileMenage quartiles,
            Clock horloge) {
        this.bailleur = bailleur;
        this.commissions = commissions;
        this.lecture = lecture;
        this.evenements = evenements;
        this.cycle = cycle;
        this.examen = examen;
        this.quartiles = quartiles;
        this.horloge = horloge;
    }

    @Transactional
    public Candidature executer(long commissionId, DecisionCommande s, Acteur acteur) {
        String siren = bailleur.siren(acteur);
        Commissions.Entete commission = commissions.entete(commissionId)
                .orElseThrow(() -> TenirCommission.introuvable(commissionId));
        DecisionCommission decision = s.decision();
        // the dwelling's row locked: its decisions, answers and lease one after the other
        Logement logement = bailleur.logement(s.logement(), siren, true);
        if (!commission.bailleurSiren().equals(siren)) {
            throw new AccesRefuseException(CodeMotif.LOGEMENT_D_UN_AUTRE_BAILLEUR,
                    CodeMotif.LOGEMENT_D_UN_AUTRE_BAILLEUR.message(Map.of("logement", logement.id())));
        }
        Candidature candidature = commissions.candidature(commissionId, logement.id(), s.numeroUnique())
                .orElseThrow(() -> new ConflitException(CodeMotif.CANDIDAT_HORS_COMMISSION,
                        CodeMotif.CANDIDAT_HORS_COMMISSION.message(Map.of("numero", s.numeroUnique(),
                                "logement", logement.id(), "commission", commissionId)), Map.of()));
        if (candidature.decision() != null) {
            throw new ConflitException(CodeMotif.DECISION_DEJA_RENDUE, CodeMotif.DECISION_DEJA_RENDUE.message(
                    Map.of("numero", s.numeroUnique(), "logement", logement.id())), Map.of());
        }
        DemandeLue demande = lecture.lire(s.numeroUnique()).orElseThrow(() -> new RessourceIntrouvableException(
                "Aucune demande " + s.numeroUnique() + "."));
        if (!demande.estActive()) {
            throw new ConflitException(CodeMotif.DEMANDE_NON_ACTIVE, CodeMotif.DEMANDE_NON_ACTIVE.message(
                    Map.of("numero", s.numeroUnique(), "action", "l'objet d'une décision de commission")), Map.of());
        }
        LocalDate aujourdhui = LocalDate.now(horloge);
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        PlafondRessources plafond = examen.plafond(logement, demande, aujourdhui).orElse(null);
        PositionQuartile quartile = quartiles.position(demande, logement.codeCommune(), aujourdhui).orElse(null);
        boolean auDessus = decision.attribue() && plafond != null && plafond.auDessus();
        if (decision == DecisionCommission.IRRECEVABILITE) {
            cycle.avertirIrrecevabilite(s.numeroUnique(), s.sousMotif(),
                    s.dateEnvoiAvertissement() == null ? aujourdhui : s.dateEnvoiAvertissement(),
                    s.canalAvertissement(), acteur);
        }
        Candidature decidee = commissions.decider(candidature.id(), new Commissions.DecisionEnregistree(decision,
                decision == DecisionCommission.ATTRIBUTION_RANG ? s.rang() : null,
                decision == DecisionCommission.ATTRIBUTION_CONDITION ? s.pieceManquante() : null,
                decision == DecisionCommission.ATTRIBUTION_CONDITION ? s.echeance() : null,
                decision == DecisionCommission.NON_ATTRIBUTION ? s.motif() : null,
                decision == DecisionCommission.IRRECEVABILITE ? s.sousMotif() : null,
                auDessus, auDessus ? plafond.motif() : null, quartile, maintenant, acteur.guichetRequis()));
        Map<String, Object> donnees = new LinkedHashMap<>();
        donnees.put("commission", commissionId);
        donnees.put("logement", logement.id());
        donnees.put("identifiantRpls", logement.identifiantRpls());
        donnees.put("decision", decision.name());
        if (decision == DecisionCommission.ATTRIBUTION_RANG) {
            donnees.put("rang", s.rang());
        }
        if (decision == DecisionCommission.ATTRIBUTION_CONDITION) {
            donnees.put("echeance", s.echeance().toString());
        }
        if (decision == DecisionCommission.IRRECEVABILITE) {
            donnees.put("sousMotif", s.sousMotif());
        }
        // DESCAL02 names its nature, as the catalogue's data say (ADR 0013): refus d'attribution or non-recevabilité
        if (decision == DecisionCommission.NON_ATTRIBUTION) {
            donnees.put("nature", EvenementAttribution.NatureDecisionNegative.NON_ATTRIBUTION.name());
        } else if (decision == DecisionCommission.IRRECEVABILITE) {
            donnees.put("nature", EvenementAttribution.NatureDecisionNegative.NON_RECEVABILITE.name());
        }
        LocalDate jourDecision = commission.dateCommission().isAfter(aujourdhui) ? aujourdhui
                : commission.dateCommission();
        evenements.journaliser(new EvenementsDemande.EvenementAJournaliser(s.numeroUnique(), acteur.guichetRequis(),
                decision.evenement().name(), jourDecision, null, donnees), acteur);
        return decidee;
    }
}
