package fr.sne.demande.domaine;

/** Kinds of movement, as the SNE interface names them (ListeTypeFichier). */
public enum TypeMouvement {
    /** Création. */
    CRE,
    /** Création suite à séparation du couple. */
    CRS,
    /** Modification. */
    MOD,
    /** Radiation. */
    RAD,
    /** Renouvellement. */
    REN,
    /** Suppression. */
    SUP,
    /**
     * Événement: an event of the demande that changes none of its fields (gestion partagée), recorded on the
     * demande's current version without moving it. Not in ListeTypeFichier: the registry's own type.
     */
    EVT
}
