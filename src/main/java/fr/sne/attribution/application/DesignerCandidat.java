package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.guichet.Bailleurs;

/**
 * A réservataire designates a candidate for a dwelling charged to it (gestion en flux, décret 2020-145), recorded
 * with the dwelling's réservataire and its event DESIGNATION. Who may designate follows the links of the guichets: a
 * guichet that acts for a réservataire ({@code reservataire_guichet}) designates for the dwellings charged to that
 * réservataire only; a guichet of the dwelling's bailleur designates for the dwellings charged to no réservataire and,
 * by delegation, for those of a réservataire that has no guichet in the registry (the préfet's contingent managed by
 * the bailleur, as most conventions de réservation provide); any other guichet is refused
 * ({@code DESIGNATION_NON_AUTORISEE}).
 */
@Service
public class DesignerCandidat {

    private final Logements logements;
    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;
    private final Clock horloge;

    private final fr.sne.demande.EvenementsDemande evenements;
    private final ReservataireRegistre reservataires;
    private final Bailleurs bailleurs;

    DesignerCandidat(Logements logements, LectureDemandes lecture, VisibiliteDemandes visibilite, Clock horloge,
            fr.sne.demande.EvenementsDemande evenements, ReservataireRegistre reservataires, Bailleurs bailleurs) {
        this.evenements = evenements;
        this.reservataires = reservataires;
        this.bailleurs = bailleurs;
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
        verifierDroit(logement, acteur.guichetRequis());
        DemandeLue demande = lecture.lire(numeroUnique)
                .filter(d -> visibilite.peutVoir(acteur, d))
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

    private void verifierDroit(Logement logement, String guichet) {
        Long reservataireDuGuichet = reservataires.reservataireDuGuichet(guichet).orElse(null);
        boolean permis;
        if (reservataireDuGuichet != null) {
            permis = reservataireDuGuichet.equals(logement.reservataireId());
        } else {
            boolean duBailleur = bailleurs.duGuichet(guichet)
                    .filter(b -> b.siren().equals(logement.bailleurSiren())).isPresent();
            permis = duBailleur && (logement.reservataireId() == null
                    || reservataires.parId(logement.reservataireId()).map(r -> r.guichets().isEmpty()).orElse(true));
        }
        if (!permis) {
            throw new AccesRefuseException(CodeMotif.DESIGNATION_NON_AUTORISEE,
                    CodeMotif.DESIGNATION_NON_AUTORISEE.message(Map.of("logement", logement.id())));
        }
    }
}
