package fr.sne.attribution.domaine;

/** The applicant's answer to the dwelling a commission attributed to him. */
public enum ReponseDemandeur {
    ACCEPTEE, REFUSEE
}
