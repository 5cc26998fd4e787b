package fr.sne.demande;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * The demande module's door for the events of the other modules (gestion partagée, attributions): an event that
 * changes no field of the demande is one movement of type {@code EVT} carrying its code, recorded on the demande's
 * current version without moving it (ADR 0011); and the movements of a demande, to show its events. Which codes
 * exist and who may enter them is the gestion partagée's catalogue: this door only writes.
 */
public interface EvenementsDemande {

    /**
     * Records the event in the caller's transaction (required).
     *
     * @return the demande's version the event was recorded on
     * @throws fr.sne.commun.RessourceIntrouvableException unknown demande ({@code INTROUVABLE}) or erased demande
     *                                                     ({@code DONNEES_EFFACEES})
     */
    int journaliser(EvenementAJournaliser evenement, Acteur acteur);

    /** Every movement of the demande in the order written (lifecycle changes and EVT alike). */
    List<MouvementDemande> mouvements(String numeroUnique);

    /**
     * Every movement of many demandes at once (in one query), by numéro in the order written; a numéro without any
     * is absent. For the bulk exports, which list the events of a batch of demandes: the documents may come
     * without the demande's content they carry (their {@code demande} field, which no event needs, then null).
     */
    default Map<String, List<MouvementDemande>> mouvements(Collection<String> numerosUniques) {
        Map<String, List<MouvementDemande>> parDemande = new LinkedHashMap<>();
        for (String numero : new LinkedHashSet<>(numerosUniques)) {
            List<MouvementDemande> lus = mouvements(numero);
            if (!lus.isEmpty()) {
                parDemande.put(numero, lus);
            }
        }
        return parDemande;
    }

    /**
     * The EVT movements carrying one of these codes, of many demandes at once (in one query), by numéro in the
     * order written; a numéro without any is absent. For a module that derives a state of many demandes from their
     * events (the priorities of the candidates of a dwelling).
     */
    default Map<String, List<MouvementDemande>> evenements(Collection<String> numerosUniques,
            Collection<String> codes) {
        Map<String, List<MouvementDemande>> parDemande = new LinkedHashMap<>();
        for (String numero : new LinkedHashSet<>(numerosUniques)) {
            List<MouvementDemande> retenus = mouvements(numero).stream()
                    .filter(m -> m.document() instanceof DocumentMouvement.Evenement e && codes.contains(e.code()))
                    .toList();
            if (!retenus.isEmpty()) {
                parDemande.put(numero, retenus);
            }
        }
        return parDemande;
    }

    /**
     * An event to record.
     *
     * @param guichet     the guichet that records it (null for an actor acting for no guichet, or the system)
     * @param code        its code in the national catalogue
     * @param date        the day it happened (may precede its recording)
     * @param commentaire free text, if any
     * @param donnees     what the code needs (JSON-compatible values), empty when none
     */
    record EvenementAJournaliser(String numeroUnique, @Nullable String guichet, String code, LocalDate date,
            @Nullable String commentaire, Map<String, Object> donnees) {

        public EvenementAJournaliser {
            donnees = Map.copyOf(donnees);
        }
    }

    /**
     * A movement as written, with the demande's version it carries (null for an old movement whose version was not
     * known) and its typed document.
     */
    record MouvementDemande(long id, String type, Instant horodatage, @Nullable String guichet,
            @Nullable Integer versionDemande, DocumentMouvement document) {
    }
}
