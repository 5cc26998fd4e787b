package fr.sne.gestion.domaine;

/** The kind of a CAL's negative decision the event {@code DESCAL02} carries (datum {@code nature}, R441-3 d and e). */
public enum NatureDecisionNegative {
    NON_ATTRIBUTION("Refus d'attribution"),
    NON_RECEVABILITE("Non-recevabilité de la demande");

    private final String libelle;

    NatureDecisionNegative(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
