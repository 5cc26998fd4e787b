package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Baux;
import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.ReponseDemandeur;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.ConflitException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.CycleDeVieDemandes;

/**
 * The lease signed on a dwelling the applicant accepted: recorded with the data of R441-2-9 CCH and the designating
 * réservataire (the dwelling's), and the demande radiated for motive a through the demande's own radiation use case,
 * in one transaction with its movement and the attribution fact (written by {@link EnregistrerFaitAttribution} when
 * the radiation is published). One lease per dwelling.
 */
@Service
public class SignerBail {

    private final ActeurBailleur bailleur;
    private final Baux baux;
    private final RepondreAttribution reponses;
    private final CycleDeVieDemandes cycle;
    private final Clock horloge;
    private final fr.sne.demande.EvenementsDemande evenements;

    SignerBail(ActeurBailleur bailleur, Baux baux, RepondreAttribution reponses, CycleDeVieDemandes cycle,
            Clock horloge, fr.sne.demande.EvenementsDemande evenements) {
        this.evenements = evenements;
        this.bailleur = bailleur;
        this.baux = baux;
        this.reponses = reponses;
        this.cycle = cycle;
        this.horloge = horloge;
    }

    /**
     * Records the lease on the dwelling the applicant accepted, signed today or before.
     *
     * @throws DonneesInvalidesException a day of signature in the future
     */
    @Transactional
    public Baux.Bail executer(String numeroUnique, BailCommande s, Acteur acteur) {
        if (s.dateSignature().isAfter(LocalDate.now(horloge))) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("dateSignature", CodeMotif.DATE_FUTURE,
                    CodeMotif.DATE_FUTURE.message())));
        }
        Logement logement = bailleur.logement(s.logement(), acteur, true);
        if (logement.bailSigne()) {
            throw new ConflitException(CodeMotif.BAIL_DEJA_SIGNE,
                    CodeMotif.BAIL_DEJA_SIGNE.message(Map.of("logement", logement.id())), Map.of());
        }
        Candidature candidature = reponses.derniere(numeroUnique, logement.id());
        if (candidature.reponse() != ReponseDemandeur.ACCEPTEE) {
            throw new ConflitException(CodeMotif.ACCEPTATION_REQUISE, CodeMotif.ACCEPTATION_REQUISE.message(
                    Map.of("numero", numeroUnique, "logement", logement.id())), Map.of());
        }
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        Baux.Bail bail = new Baux.Bail(0, logement.id(), candidature.id(), numeroUnique, s.dateSignature(),
                s.accordCollectif().name(), s.prioritaireDalo(), s.contingent().name(), logement.reservataireId(),
                acteur.guichetRequis(), maintenant);
        long id = baux.signer(bail);
        // the lease's event (R441-2-15), recorded on the active demande before its radiation a
        evenements.journaliser(new fr.sne.demande.EvenementsDemande.EvenementAJournaliser(numeroUnique,
                acteur.guichetRequis(), fr.sne.attribution.domaine.EvenementAttribution.BAIL_SIGNE.name(),
                s.dateSignature(), null, Map.of("logement", logement.id(), "identifiantRpls",
                        logement.identifiantRpls())), acteur);
        cycle.radierPourAttribution(numeroUnique, new CycleDeVieDemandes.DonneesBail(logement.identifiantRpls(),
                s.accordCollectif().name(), s.prioritaireDalo(), s.contingent().name(), logement.qpv(),
                logement.reservataireId()), acteur);
        return new Baux.Bail(id, bail.logementId(), bail.candidatureId(), numeroUnique, bail.dateSignature(),
                bail.accordCollectif(), bail.prioritaireDalo(), bail.contingent(), bail.reservataireId(),
                bail.guichet(), maintenant);
    }
}
