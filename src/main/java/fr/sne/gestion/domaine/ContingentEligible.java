package fr.sne.gestion.domaine;

/** The reservation contingents an applicant may be eligible to (datum {@code contingent}, R441-2-15 CCH). */
public enum ContingentEligible {
    ETAT_PRIORITAIRES("Contingent préfectoral des publics prioritaires"),
    ETAT_AGENTS("Contingent préfectoral des agents de l'État"),
    COLLECTIVITE("Contingent d'une collectivité territoriale ou d'un EPCI"),
    ACTION_LOGEMENT("Contingent d'Action Logement"),
    BAILLEUR("Contingent du bailleur (non réservé)"),
    AUTRE_RESERVATAIRE("Contingent d'un autre réservataire");

    private final String libelle;

    ContingentEligible(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
