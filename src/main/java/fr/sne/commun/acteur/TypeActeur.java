package fr.sne.commun.acteur;

/** The kinds of {@link Acteur}, as the movement journal records them. */
public enum TypeActeur {

    /** A guichet's software calling the REST API with its client credentials. */
    CLIENT_API,
    /** An agent of a guichet in the professional web application. */
    AGENT,
    /** A gestionnaire territorial (R441-2-5 CCH). */
    GESTIONNAIRE_TERRITORIAL,
    /** The national administrator. */
    ADMINISTRATEUR_NATIONAL,
    /** The applicant, on the public portal. */
    DEMANDEUR,
    /** A pass the system runs by itself. */
    TRAITEMENT;

    /** @return true when an actor of this kind always acts on behalf of a guichet */
    public boolean agitPourUnGuichet() {
        return this == CLIENT_API || this == AGENT;
    }
}
