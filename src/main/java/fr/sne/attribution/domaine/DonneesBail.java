package fr.sne.attribution.domaine;

/** The values of the data of R441-2-9 CCH a lease carries, as the radiation for motive a takes them. */
public final class DonneesBail {

    private DonneesBail() {
    }

    /** Accords collectifs: intercommunal, departmental, or none. */
    public enum AccordCollectif {
        ACI, ACD, AUCUN
    }

    /** The contingent charged, the State's agents' reservations apart. */
    public enum Contingent {
        BAILLEUR, ETAT_PRIORITAIRES, ETAT_AGENTS, COLLECTIVITE, ACTION_LOGEMENT, AUTRE_RESERVATAIRE
    }
}
