package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commissions;
import fr.sne.attribution.domaine.EvenementAttribution;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.RegleCommission;
import fr.sne.attribution.domaine.ReponseDemandeur;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.EvenementsDemande;

/**
 * The applicant's answer to the dwelling attributed to him, recorded by the bailleur's guichet: he accepts it (the
 * lease may then be signed) or refuses it, which passes the dwelling to the next ranked and records the event
 * "refus du logement par le demandeur" (EVT {@code REFUS_LOGEMENT}). Only the best ranked attribution not yet refused may
 * answer; the dwelling's row is locked meanwhile.
 */
@Service
public class RepondreAttribution {

    private final ActeurBailleur bailleur;
    private final Commissions commissions;
    private final EvenementsDemande evenements;
    private final Clock horloge;

    RepondreAttribution(ActeurBailleur bailleur, Commissions commissions, EvenementsDemande evenements, Clock horloge) {
        this.bailleur = bailleur;
        this.commissions = commissions;
        this.evenements = evenements;
        this.horloge = horloge;
    }

    @Transactional
    public Candidature accepter(String numeroUnique, ReponseCommande saisie, Acteur acteur) {
        return repondre(numeroUnique, saisie, ReponseDemandeur.ACCEPTEE, acteur);
    }

    @Transactional
    public Candidature refuser(String numeroUnique, ReponseCommande saisie, Acteur acteur) {
        return repondre(numeroUnique, saisie, ReponseDemandeur.REFUSEE, acteur);
    }

    private Candidature repondre(String numero, ReponseCommande saisie, ReponseDemandeur reponse, Acteur acteur) {
        Logement logement = bailleur.logement(saisie.logement(), acteur, true);
        Candidature candidature = derniere(numero, logement.id());
        List<Candidature> memeCommission = commissions.lire(candidature.commissionId()).orElseThrow().logements()
                .stream().filter(l -> l.logementId() == logement.id()).flatMap(l -> l.candidatures().stream())
                .toList();
        RegleCommission.peutRepondre(logement.id(), numero, memeCommission.stream().map(Candidature::attribuee)
                .toList()).ifPresent(refus -> {
                    throw new ConflitException(refus.code(), refus.message(), refus.detailsTexte());
                });
        if (logement.bailSigne()) {
            throw new ConflitException(CodeMotif.BAIL_DEJA_SIGNE,
                    CodeMotif.BAIL_DEJA_SIGNE.message(Map.of("logement", logement.id())), Map.of());
        }
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        String motif = saisie.motif();
        commissions.repondre(candidature.id(), reponse, reponse == ReponseDemandeur.REFUSEE ? motif : null,
                maintenant);
        if (reponse == ReponseDemandeur.REFUSEE) {
            Map<String, Object> donnees = new LinkedHashMap<>();
            donnees.put("logement", logement.id());
            donnees.put("identifiantRpls", logement.identifiantRpls());
            donnees.put("commission", candidature.commissionId());
            evenements.journaliser(new EvenementsDemande.EvenementAJournaliser(numero, acteur.guichetRequis(),
                    EvenementAttribution.REFUS_LOGEMENT.name(), LocalDate.now(horloge), motif, donnees), acteur);
        }
        return commissions.duDemande(numero).stream().filter(c -> c.id() == candidature.id()).findFirst()
                .orElseThrow();
    }

    /** The demande's latest candidature for the dwelling; else the refusal of an answer without attribution. */
    Candidature derniere(String numero, long logement) {
        return commissions.duDemande(numero).stream().filter(c -> c.logementId() == logement)
                .max(Comparator.comparingLong(Candidature::commissionId))
                .orElseThrow(() -> new ConflitException(CodeMotif.CANDIDAT_NON_ATTRIBUTAIRE,
                        CodeMotif.CANDIDAT_NON_ATTRIBUTAIRE.message(Map.of("numero", numero, "logement", logement)),
                        Map.of()));
    }
}
