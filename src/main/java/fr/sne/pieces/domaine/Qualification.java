package fr.sne.pieces.domaine;

/** An agent's verdict on a piece (the instruction profile): usable, unusable, outside the regulatory list, obsolete. */
public enum Qualification {
    /** Legible and of the category it is filed in. */
    VALIDE,
    /** Illegible or incomplete. */
    INEXPLOITABLE,
    /** Not a piece of the limitative list (R441-2-4-1 CCH): it may not be asked for nor kept as such. */
    HORS_LISTE,
    /** Too old to be used. */
    OBSOLETE
}
