package fr.sne.demande.infrastructure;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.EvenementsDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.NumeroUnique;

/** {@link EvenementsDemande} through the one door ({@link JournalDemandes#journaliserEvenement}). */
@Repository
class EvenementsDemandeJdbc implements EvenementsDemande {

    private final JournalDemandes journal;
    private final DemandeRepository demandes;
    private final Clock horloge;

    EvenementsDemandeJdbc(JournalDemandes journal, DemandeRepository demandes, Clock horloge) {
        this.journal = journal;
        this.demandes = demandes;
        this.horloge = horloge;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int journaliser(EvenementAJournaliser e, Acteur acteur) {
        Demande demande = demandes.parNumero(e.numeroUnique()).orElseThrow(() -> new RessourceIntrouvableException(
                CodeMotif.INTROUVABLE, "Aucune demande " + e.numeroUnique() + "."));
        if (demande.donneesEffacees()) {
            throw new RessourceIntrouvableException(CodeMotif.DONNEES_EFFACEES, CodeMotif.DONNEES_EFFACEES.message());
        }
        return journal.journaliserEvenement(new NumeroUnique(e.numeroUnique()), e.guichet(), acteur,
                horloge.instant(), e.code(), e.date(), e.commentaire(), e.donnees());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MouvementDemande> mouvements(String numeroUnique) {
        return demandes.mouvements(new NumeroUnique(numeroUnique)).stream()
                .map(m -> new MouvementDemande(m.id(), m.type(), m.horodatage(), m.guichet(), m.versionDemande(),
                        m.document()))
                .toList();
    }
}
