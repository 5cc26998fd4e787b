package fr.sne.demande.infrastructure;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.ConsultationsDemande;
import fr.sne.demande.RemisesDemandes;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.application.port.JournalAcces;
import fr.sne.demande.domaine.AccesDemande;
import fr.sne.demande.domaine.NumeroUnique;

/**
 * {@link ConsultationsDemande}: the access journal's lines of the demande (without the agent's login, and without
 * the applicant's own reading) and its hand-outs, newest first.
 */
@Component
class ConsultationsDemandeLues implements ConsultationsDemande {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final JournalAcces journal;
    private final RemisesDemandes remises;
    private final VisibiliteDemandes visibilite;

    ConsultationsDemandeLues(JournalAcces journal, RemisesDemandes remises, VisibiliteDemandes visibilite) {
        this.journal = journal;
        this.remises = remises;
        this.visibilite = visibilite;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Consultation> consultations(String numeroUnique, Acteur acteur, int limite) {
        if (!NumeroUnique.estBienForme(numeroUnique) || !visibilite.peutVoir(acteur, new NumeroUnique(numeroUnique))) {
            throw new RessourceIntrouvableException("Aucune demande " + (NumeroUnique.estBienForme(numeroUnique)
                    ? numeroUnique : "à ce numéro") + ".");
        }
        List<Consultation> lues = new ArrayList<>();
        for (AccesDemande a : journal.deLaDemande(numeroUnique, limite)) {
            if (a.acteurType() != TypeActeur.TRAITEMENT && a.acteurType() != TypeActeur.DEMANDEUR) {
                lues.add(new Consultation(a.horodatage(), Moyen.ECRAN, a.acteurType().name(), a.guichet()));
            }
        }
        for (RemisesDemandes.Remise r : remises.deLaDemande(numeroUnique, limite)) {
            // the reader is a guichet's code, or "TYPE:identifiant" for an actor acting for none
            boolean guichet = r.lecteur().matches("G[0-9A-Z]{4}");
            lues.add(new Consultation(r.jour().atStartOfDay(PARIS).toInstant(), Moyen.valueOf(r.canal().name()),
                    guichet ? null : r.lecteur().split(":", 2)[0], guichet ? r.lecteur() : null));
        }
        lues.sort(Comparator.comparing(Consultation::quand).reversed());
        return lues;
    }
}
