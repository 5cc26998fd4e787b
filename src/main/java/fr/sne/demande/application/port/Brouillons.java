package fr.sne.demande.application.port;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.sne.demande.domaine.Brouillon;
import fr.sne.demande.domaine.BrouillonIllisibleException;
import fr.sne.demande.domaine.BrouillonsEnCours;
import fr.sne.demande.domaine.ContenuDemande;

/**
 * The registration and modification drafts of the web application. Every read and write names the agent and the
 * guichet: a draft of someone else is never found. A draft whose content can no longer be read is never an error
 * of the page that meets it: reading it throws {@link BrouillonIllisibleException}, lists give it apart, and it is
 * deleted without being read.
 */
public interface Brouillons {

    void creer(Brouillon brouillon);

    /** @throws BrouillonIllisibleException when the draft exists and its content cannot be read */
    Optional<Brouillon> lire(UUID id, String agent, String guichet);

    /** The agent's registration drafts not registered yet, the latest first, those that cannot be read apart. */
    BrouillonsEnCours enCours(String agent, String guichet);

    /**
     * The agent's modification draft of this demande not written yet, if any (the latest).
     *
     * @throws BrouillonIllisibleException when that draft's content cannot be read
     */
    Optional<Brouillon> modificationEnCours(String agent, String guichet, String demande);

    /**
     * The draft, locked until the end of the caller's transaction: two final POSTs of the same draft (a double
     * click) are served one after the other.
     */
    Optional<Brouillon> lirePourEcrire(UUID id, String agent, String guichet);

    /** Saves a step of a draft not registered yet; false when there is no such draft (or it is registered). */
    boolean modifier(UUID id, String agent, String guichet, ContenuDemande contenu, Map<String, String> saisiesBrutes,
            String etape, Instant maintenant);

    void marquerEnregistre(UUID id, String numeroUnique, Instant maintenant);

    /** Deletes a registration draft, whatever its content; false when there is no such registration draft. */
    boolean supprimerEnregistrement(UUID id, String agent, String guichet);

    /** Deletes a modification draft of this demande, whatever its content; false when there is no such draft. */
    boolean supprimerModification(UUID id, String agent, String guichet, String demande);
}
