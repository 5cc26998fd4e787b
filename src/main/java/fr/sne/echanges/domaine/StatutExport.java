package fr.sne.echanges.domaine;

/** Where an export stands. */
public enum StatutExport {
    /** Asked, waiting for an instance to run it. */
    EN_ATTENTE,
    /** Being written by an instance (or about to be taken over, when that instance died). */
    EN_COURS,
    /** Its file can be downloaded until it expires. */
    PRET,
    /** It failed, for the reason given. */
    ECHEC,
    /** Its file was deleted: 7 days after it was asked, or at once when a demande it holds was erased. */
    EXPIRE
}
