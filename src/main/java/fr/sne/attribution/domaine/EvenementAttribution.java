package fr.sne.attribution.domaine;

/**
 * The codes of the events of the gestion partagée the attribution chain records (EVT movements of the demande), as
 * the national catalogue names them: the commission's decisions (DESCAL, DESCAL01, DESCAL02, never entered by hand)
 * and the applicant's refusal of the dwelling offered (REFLOG).
 */
public enum EvenementAttribution {
    /** Attribution, with or without rank. */
    DESCAL,
    /** Attribution under suspensive condition. */
    DESCAL01,
    /** Non-attribution or non-recevabilité. */
    DESCAL02,
    /** Refus du logement par le demandeur. */
    REFLOG
}
