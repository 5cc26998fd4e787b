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
    EVT,
    /** Pièce déposée: a piece lodged on the demande (issue 17); on the current version, which it does not move. */
    PJD,
    /** Pièce supprimée: a piece deleted, with its reason. */
    PJS,
    /** Pièce reclassée: a misfiled piece moved to another category of the filing plan ("fiche incident"). */
    PJR,
    /** Pièce qualifiée: an agent's verdict on a piece (valid, unusable, outside the list, obsolete). */
    PJQ
}
