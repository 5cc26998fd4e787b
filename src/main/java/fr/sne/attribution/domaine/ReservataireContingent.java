package fr.sne.attribution.domaine;

/**
 * The contingent types of the R441-2-9 data of an attribution (SNE code list "type réservataire"): collectivités
 * territoriales, Action Logement and employers, the préfet's prioritaires, the préfet's State agents (fonctionnaires),
 * others, none (hors contingent).
 */
public enum ReservataireContingent {
    COLTER,
    COLACT,
    PPRIOR,
    PFONCT,
    AUTRES,
    AUCUN
}
