package fr.sne.attribution.domaine;

/**
 * The kinds of réservataire (R441-5 CCH; décret 2020-145 for the gestion en flux), each with the contingent type the
 * R441-2-9 data of an attribution names (SNE code list "type réservataire": PPRIOR, PFONCT, COLTER, COLACT, AUTRES,
 * AUCUN). The State's reservations are two kinds, because their caps differ: the publics prioritaires and the
 * State's civil and military agents.
 */
public enum ReservataireCategorie {

    ETAT_PRIORITAIRES("État — publics prioritaires", ReservataireContingent.PPRIOR),
    ETAT_AGENTS("État — agents civils et militaires de l'État", ReservataireContingent.PFONCT),
    COLLECTIVITE("Collectivité territoriale ou EPCI", ReservataireContingent.COLTER),
    ACTION_LOGEMENT("Action Logement", ReservataireContingent.COLACT),
    BAILLEUR("Bailleur (hors contingent)", ReservataireContingent.AUCUN),
    AUTRE("Autre réservataire", ReservataireContingent.AUTRES);

    private final String libelle;
    private final ReservataireContingent contingent;

    ReservataireCategorie(String libelle, ReservataireContingent contingent) {
        this.libelle = libelle;
        this.contingent = contingent;
    }

    public String libelle() {
        return libelle;
    }

    /** The contingent type of the R441-2-9 data (SNE code list). */
    public ReservataireContingent contingent() {
        return contingent;
    }

    /** @return true for the préfet's reservations (prioritaires and State agents), capped together at 30 % */
    public boolean etat() {
        return this == ETAT_PRIORITAIRES || this == ETAT_AGENTS;
    }
}
