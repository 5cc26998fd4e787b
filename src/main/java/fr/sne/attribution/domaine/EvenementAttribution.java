package fr.sne.attribution.domaine;

/**
 * The codes of the events of the gestion partagée the attribution chain records (EVT movements of the demande), as
 * the national catalogue names them: the commission's decisions (DESCAL, DESCAL01, DESCAL02, never entered by hand)
 * and the applicant's refusal of the dwelling offered (REFUS_LOGEMENT), the inscription of a candidate on a
 * session's agenda (INSCRIPTION_CAL), a réservataire's designation (DESIGNATION) and the lease (BAIL_SIGNE).
 */
public enum EvenementAttribution {
    /** Attribution, with or without rank. */
    DESCAL,
    /** Attribution under suspensive condition. */
    DESCAL01,
    /** Non-attribution or non-recevabilité. */
    DESCAL02,
    /** Refus du logement par le demandeur. */
    REFUS_LOGEMENT,
    /** Inscription à l'ordre du jour d'une CAL. */
    INSCRIPTION_CAL,
    /** Désignation par un réservataire. */
    DESIGNATION,
    /** Signature du bail. */
    BAIL_SIGNE;

    /** The nature a DESCAL02 carries in its data, as the catalogue names them (ADR 0013). */
    public enum NatureDecisionNegative {
        NON_ATTRIBUTION, NON_RECEVABILITE
    }
}
