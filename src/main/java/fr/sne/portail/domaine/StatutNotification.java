package fr.sne.portail.domaine;

/** Where a notification stands (column {@code notification_demandeur.statut}). */
public enum StatutNotification {
    /** Waiting for its sending (again, after a failure). */
    A_ENVOYER,
    /** Claimed by one sender: never taken by another, never sent twice. */
    EN_COURS,
    /** Accepted by its carrier. */
    ENVOYEE,
    /** Given up after its tries. */
    ECHEC,
    /** Not sent: the consent or the address was gone when it was to leave. */
    ABANDONNEE
}
