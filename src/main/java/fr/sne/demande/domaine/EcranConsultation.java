package fr.sne.demande.domaine;

/**
 * The screens of the professional application that display a demande's personal data, as the access journal
 * records them: a line of a search result page, each tab of the demande's page, the attestation's download and
 * the pages of its lifecycle actions; and the screens of other modules that list demandes (a dwelling's candidates).
 */
public enum EcranConsultation {
    RECHERCHE,
    IDENTITE,
    MENAGE,
    RESSOURCES,
    LOGEMENT,
    HISTORIQUE,
    CONSULTATIONS,
    ATTESTATION,
    RENOUVELLEMENT,
    RADIATION,
    REACTIVATION,
    /** The modification's form, pre-filled with the demande's content. */
    MODIFICATION,
    /** The warning before a radiation c or d. */
    AVERTISSEMENT,
    /** The separation of a co-demandeur (it lists the household's adults). */
    SEPARATION,
    /** The merge of two demandes of one person (it shows both demandes' adults, to compare them). */
    FUSION,
    /** The candidates of a dwelling in the attribution chain (names, household, resources). */
    CANDIDATS,
    /** The list of a demande's pieces justificatives (issue 17). */
    PIECES,
    /** One piece justificative displayed (its bytes), by the API or the professional application. */
    PIECE,
    /**
     * The resources of the Dispositif des ressources mensuelles shown for the demande (issue 19, ADR 0031): on the
     * Ressources tab, by the API, whatever they were (months, or the reason nothing is shown).
     */
    DRM
}
