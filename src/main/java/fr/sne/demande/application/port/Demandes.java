package fr.sne.demande.application.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.DocumentMouvement;
import fr.sne.demande.domaine.Avertissement;
import fr.sne.demande.domaine.ContenuDemande;
import fr.sne.demande.domaine.Demande;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.domaine.PersonneEnregistree;

/**
 * Reading demandes, their warnings and their movements, and the locks a change takes before deciding. Nothing here
 * writes a demande: changes go through {@link PorteDemandes}.
 */
public interface Demandes {

    Optional<Demande> parNumero(String numeroUnique);

    /**
     * Adults (demandeur, co-demandeurs) of active demandes of a territory with the same birth name and birth
     * date, or the same NIR, as one of the given identities. The caller decides which really match.
     */
    List<PersonneEnregistree> adultesActifsSimilaires(String territoire, Collection<Identite> identites);

    /**
     * Holds, until the transaction ends, a lock on the idempotency key, then on each identity in the territory: two
     * requests with the same key, or registering the same person, run one after the other through the checks that
     * follow (the trace of the key, the duplicate search).
     */
    void verrouiller(String guichet, String cleIdempotence, String territoire, Collection<Identite> identites);

    /** The warnings recorded for a demande (before a radiation c or d), oldest first. */
    List<Avertissement> avertissements(NumeroUnique numero);

    /** Every movement of a demande, in the order they were written. */
    List<MouvementEcrit> mouvements(NumeroUnique numero);

    /**
     * A stored content document (column {@code demande.contenu}), read leniently: whatever version wrote it, and
     * whatever fields a later version dropped.
     */
    ContenuDemande lireContenu(String document);

    /**
     * A movement of a demande's journal, as written: its type, when, by which guichet, the demande's version it
     * carries (null only for a movement older than that column whose version could not be back-filled) and its
     * document.
     */
    record MouvementEcrit(long id, String type, Instant horodatage, @Nullable String guichet,
            @Nullable Integer versionDemande, DocumentMouvement document) {
    }
}
