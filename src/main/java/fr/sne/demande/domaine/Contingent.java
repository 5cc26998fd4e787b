package fr.sne.demande.domaine;

/**
 * The contingent an attribution is charged to (R441-2-9 CCH), the State's two (its priority publics, its agents)
 * apart. Sent by name.
 */
public enum Contingent {
    BAILLEUR, ETAT_PRIORITAIRES, ETAT_AGENTS, COLLECTIVITE, ACTION_LOGEMENT, AUTRE_RESERVATAIRE
}
