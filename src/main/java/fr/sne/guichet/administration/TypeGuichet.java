package fr.sne.guichet.administration;

/**
 * The kinds of guichet enregistreur the registry knows (column {@code guichet.type}, constraint
 * {@code guichet_type_connu} of V1), with the label the pages show. Services of the State, communes, EPCI,
 * départements, bailleurs, Action Logement and other réservataires may be guichets (R441-2-1 CCH).
 */
public enum TypeGuichet {

    BAILLEUR("Bailleur social"),
    COMMUNE("Commune"),
    EPCI("Établissement public de coopération intercommunale"),
    DEPARTEMENT("Département"),
    ACTION_LOGEMENT("Action Logement"),
    ETAT("Service de l'État"),
    PORTAIL("Portail grand public"),
    RESERVATAIRE("Autre réservataire"),
    SIAO("Service intégré d'accueil et d'orientation"),
    MANDATAIRE_COMMUN("Mandataire commun"),
    GESTIONNAIRE_TERRITORIAL("Gestionnaire territorial"),
    /**
     * A national guichet (ADR 0025): the national entry centre of paper Cerfas registers in any territory and reads
     * only what it registered ({@code Acteur.TYPES_GUICHET_NATIONAL}); only the national administrator creates one.
     */
    CENTRE_NATIONAL("Centre national de saisie des Cerfas");

    private final String libelle;

    TypeGuichet(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }

    /** @return the label of a stored type, or the type itself when unknown here */
    public static String libelleDe(String type) {
        for (TypeGuichet t : values()) {
            if (t.name().equals(type)) {
                return t.libelle;
            }
        }
        return type;
    }
}
