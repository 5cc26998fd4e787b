package fr.sne.attribution.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Baux;
import fr.sne.attribution.domaine.Candidature;
import fr.sne.attribution.domaine.Commissions;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;

/** A demande's way through the chain: its candidatures with their decisions and answers, and its lease. */
@Service
public class ConsulterAttribution {

    private final Commissions commissions;
    private final Baux baux;
    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;

    ConsulterAttribution(Commissions commissions, Baux baux, LectureDemandes lecture, VisibiliteDemandes visibilite) {
        this.commissions = commissions;
        this.baux = baux;
        this.lecture = lecture;
        this.visibilite = visibilite;
    }

    public record Parcours(String numeroUnique, List<Candidature> candidatures, Optional<Baux.Bail> bail) {
    }

    @Transactional(readOnly = true)
    public Parcours executer(String numeroUnique, Acteur acteur) {
        DemandeLue demande = lecture.lire(numeroUnique).filter(d -> visibilite.peutVoir(acteur, d))
                .orElseThrow(() -> new RessourceIntrouvableException("Aucune demande " + numeroUnique + "."));
        return new Parcours(demande.numeroUnique(), commissions.duDemande(numeroUnique),
                baux.deLaDemande(numeroUnique));
    }
}
