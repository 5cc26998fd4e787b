package fr.sne.portail.domaine;

/** How a demande came to be attached to an applicant's account ({@code rattachement_demandeur.mode}). */
public enum ModeRattachement {
    /** filed on the portal from this account */
    DEPOT,
    /** attached with its numéro unique and personal code */
    CODE
}
