package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.RemisesDemandes;
import fr.sne.demande.domaine.AccesDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.EcranConsultation;
import fr.sne.demande.application.port.Demandes;
import fr.sne.demande.application.port.JournalAcces;

/**
 * A demande as a screen of the professional application shows it (one tab of its page, or the page of one of
 * its lifecycle actions), and the trace of that display in the access journal, in the same transaction: read
 * through {@link ConsulterDemande} (out of the actor's scope or nonexistent: the same "not found"), then one
 * insert. Its history and its consultations are read only for the tabs that show them; the consultations come
 * with what the guichets' software was handed out (API, feed, exports: {@link RemisesDemandes}), per guichet and
 * day.
 */
@Service
public class ConsulterDossierDemande {

    /** The consultations tab shows the latest ones only. */
    public static final int CONSULTATIONS_AFFICHEES = 100;

    private final ConsulterDemande consulter;
    private final EditerAttestation attestation;
    private final Demandes demandes;
    private final JournalAcces journal;
    private final Clock horloge;
    private final RemisesDemandes remises;

    ConsulterDossierDemande(ConsulterDemande consulter, EditerAttestation attestation, Demandes demandes,
            JournalAcces journal, Clock horloge, RemisesDemandes remises) {
        this.remises = remises;
        this.consulter = consulter;
        this.attestation = attestation;
        this.demandes = demandes;
        this.journal = journal;
        this.horloge = horloge;
    }

    /**
     * @param historique    the movements, for the history tab (else empty)
     * @param consultations the latest accesses, this one included, for the consultations tab (else empty)
     * @param remises       the latest hand-outs to the guichets' software, for the consultations tab (else empty)
     */
    public record Dossier(Demande demande, List<ConsulterHistorique.MouvementLu> historique,
            List<AccesDemande> consultations, List<RemisesDemandes.Remise> remises) {
    }

    @Transactional
    public Dossier executer(String numeroUnique, EcranConsultation ecran, Acteur acteur) {
        Demande demande = consulter.executer(numeroUnique, acteur);
        journal.consigner(acteur, demande.numeroUnique().valeur(), demande.territoire(), ecran, Instant.now(horloge));
        List<ConsulterHistorique.MouvementLu> historique = ecran != EcranConsultation.HISTORIQUE ? List.of()
                : demandes.mouvements(demande.numeroUnique()).stream().map(ConsulterHistorique.MouvementLu::de)
                        .toList();
        List<AccesDemande> consultations = ecran != EcranConsultation.CONSULTATIONS ? List.of()
                : journal.deLaDemande(demande.numeroUnique().valeur(), CONSULTATIONS_AFFICHEES);
        List<RemisesDemandes.Remise> remisesLues = ecran != EcranConsultation.CONSULTATIONS ? List.of()
                : remises.deLaDemande(demande.numeroUnique().valeur(), CONSULTATIONS_AFFICHEES);
        return new Dossier(demande, historique, consultations, remisesLues);
    }

    /** The attestation (as {@link EditerAttestation} makes it), its download recorded in the journal. */
    @Transactional
    public byte[] attestation(String numeroUnique, Acteur acteur) {
        Demande demande = consulter.executer(numeroUnique, acteur);
        byte[] pdf = attestation.executer(numeroUnique, acteur);
        journal.consigner(acteur, demande.numeroUnique().valeur(), demande.territoire(), EcranConsultation.ATTESTATION,
                Instant.now(horloge));
        return pdf;
    }
}
