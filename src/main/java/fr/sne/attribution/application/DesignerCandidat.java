package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;

/**
 * A réservataire designates a candidate for a dwelling charged to it. Until the réservataires are linked to their
 * guichets (section 3 of issue 15), any guichet of the dwelling's territory may designate: the designation is
 * recorded with the dwelling's réservataire.
 */
@Service
public class DesignerCandidat {

    private final Logements logements;
    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;
    private final Clock horloge;

    private final fr.sne.demande.EvenementsDemande evenements;

    DesignerCandidat(Logements logements, LectureDemandes lecture, VisibiliteDemandes visibilite, Clock horloge,
            fr.sne.demande.EvenementsDemande evenements) {
        this.evenements = evenements;
        this.logements = logements;
        this.lecture = lecture;
        this.visibilite = visibilite;
        this.horloge = horloge;
    }

    @Transactional
    public void executer(long logementId, String numeroUnique, Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, CodeMotif.GUICHET_REQUIS.message());
        }
        Logement logement = logements.lire(logementId).filter(l -> acteur.couvre(l.territoire()))
                .orElseThrow(() -> ActeurBailleur.introuvable(logementId));
        DemandeLue demande = lecture.lire(numeroUnique)
                .filter(d -> visibilite.peutVoir(acteur, d.territoire()))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucune demande " + numeroUnique + "."));
        if (!demande.estActive()) {
            throw new ConflitException(CodeMotif.DEMANDE_NON_ACTIVE, CodeMotif.DEMANDE_NON_ACTIVE.message(
                    Map.of("numero", numeroUnique, "action", "désignée")), Map.of());
        }
        logements.designer(logementId, numeroUnique, acteur.guichetRequis(), logement.reservataireId(),
                Instant.now(horloge).truncatedTo(ChronoUnit.MICROS));
        Map<String, Object> donnees = new java.util.LinkedHashMap<>();
        donnees.put("logement", logementId);
        donnees.put("identifiantRpls", logement.identifiantRpls());
        if (logement.reservataireId() != null) {
            donnees.put("reservataire", logement.reservataireId());
        }
        evenements.journaliser(new fr.sne.demande.EvenementsDemande.EvenementAJournaliser(numeroUnique,
                acteur.guichetRequis(), fr.sne.attribution.domaine.EvenementAttribution.DESIGNATION.name(),
                java.time.LocalDate.now(horloge), null, donnees), acteur);
    }
}
