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
    SUP
}
