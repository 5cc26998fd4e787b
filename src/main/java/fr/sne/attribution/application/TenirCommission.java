package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Commission;
import fr.sne.attribution.domaine.Commissions;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.RegleCommission;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.Refus;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;

/**
 * A bailleur's guichet sets a session of its commission d'attribution (CALEOL, R441-3 CCH): its date and, per
 * dwelling of the bailleur, its candidates in order — at least three, unless the exception that allows fewer is
 * stated (a DALO designation by the préfet, a PLAI adapté dwelling, not enough candidates).
 */
@Service
public class TenirCommission {

    private final ActeurBailleur bailleur;
    private final Commissions commissions;
    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;
    private final Clock horloge;
    private final fr.sne.demande.EvenementsDemande evenements;

    TenirCommission(ActeurBailleur bailleur, Commissions commissions, LectureDemandes lecture,
            VisibiliteDemandes visibilite, Clock horloge, fr.sne.demande.EvenementsDemande evenements) {
        this.evenements = evenements;
        this.bailleur = bailleur;
        this.commissions = commissions;
        this.lecture = lecture;
        this.visibilite = visibilite;
        this.horloge = horloge;
    }

    /**
     * Sets the session: each dwelling the bailleur's and without a lease, each candidate an active demande the
     * guichet sees, at least three of them unless the exception says why not.
     *
     * @throws DonneesInvalidesException the candidates the registry refuses, named as the API's body
     */
    @Transactional
    public Commission creer(CommissionCommande c, Acteur acteur) {
        String siren = bailleur.siren(acteur);
        List<ErreurChamp> erreurs = new ArrayList<>();
        List<Commissions.Inscription> inscriptions = new ArrayList<>();
        for (int i = 0; i < c.logements().size(); i++) {
            CommissionCommande.Inscription inscrit = c.logements().get(i);
            String champ = "logements[" + i + "]";
            Logement logement = bailleur.logement(inscrit.logement(), acteur, false);
            if (logement.bailSigne()) {
                throw new ConflitException(CodeMotif.BAIL_DEJA_SIGNE,
                        CodeMotif.BAIL_DEJA_SIGNE.message(Map.of("logement", logement.id())), Map.of());
            }
            List<String> numeros = inscrit.candidats();
            for (int j = 0; j < numeros.size(); j++) {
                verifierCandidat(numeros.get(j), champ + ".candidats[" + j + "]", acteur, erreurs);
            }
            Refus refus = RegleCommission.candidats(logement.id(), numeros, inscrit.exception()).orElse(null);
            if (refus != null) {
                erreurs.add(new ErreurChamp(champ + ".candidats", refus.code(), refus.message()));
                continue;
            }
            inscriptions.add(new Commissions.Inscription(logement.id(), inscrit.exception(), numeros));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        long id = commissions.creer(siren, acteur.guichetRequis(), c.dateCommission(),
                Instant.now(horloge).truncatedTo(ChronoUnit.MICROS), inscriptions);
        // each candidate's event of the gestion partagée: on the agenda of a CAL (the applicant sees it)
        java.time.LocalDate aujourdhui = java.time.LocalDate.now(horloge);
        for (Commissions.Inscription inscription : inscriptions) {
            for (String numero : inscription.numerosUniques()) {
                evenements.journaliser(new fr.sne.demande.EvenementsDemande.EvenementAJournaliser(numero,
                        acteur.guichetRequis(), fr.sne.attribution.domaine.EvenementAttribution.INSCRIPTION_CAL.name(),
                        aujourdhui, null, Map.of("commission", id, "logement", inscription.logementId(),
                                "dateCommission", c.dateCommission().toString())), acteur);
            }
        }
        return commissions.lire(id).orElseThrow();
    }

    /** A candidate must be an active demande the guichet may see. */
    private void verifierCandidat(String numero, String champ, Acteur acteur, List<ErreurChamp> erreurs) {
        DemandeLue demande = lecture.lire(numero).filter(d -> visibilite.peutVoir(acteur, d))
                .orElse(null);
        if (demande == null) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.INTROUVABLE, "Aucune demande " + numero
                    + " sur votre territoire."));
        } else if (!demande.estActive()) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.DEMANDE_NON_ACTIVE, CodeMotif.DEMANDE_NON_ACTIVE.message(
                    Map.of("numero", numero, "action", "examinée en commission"))));
        }
    }

    /** A session of the actor's bailleur (404 unknown or another bailleur's: it need not know it exists). */
    @Transactional(readOnly = true)
    public Commission consulter(long id, Acteur acteur) {
        String siren = bailleur.siren(acteur);
        return commissions.lire(id).filter(c -> c.bailleurSiren().equals(siren))
                .orElseThrow(() -> introuvable(id));
    }

    @Transactional(readOnly = true)
    public List<Commission> lister(Acteur acteur) {
        return commissions.duBailleur(bailleur.siren(acteur), 100);
    }

    static RessourceIntrouvableException introuvable(long commission) {
        return new RessourceIntrouvableException(CodeMotif.COMMISSION_INTROUVABLE,
                CodeMotif.COMMISSION_INTROUVABLE.message(Map.of("commission", commission)));
    }
}
