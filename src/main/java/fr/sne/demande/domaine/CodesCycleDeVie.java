package fr.sne.demande.domaine;

/**
 * The stable codes of the refusals of the lifecycle (problem details {@code code}, or {@code erreurs[].code}),
 * in one place until they join the module's catalogue of reason codes.
 */
public final class CodesCycleDeVie {

    /** Only an active demande may be modified, renewed, warned or radiated. */
    public static final String DEMANDE_NON_ACTIVE = "DEMANDE_NON_ACTIVE";
    /** The demande is active: nothing to reactivate. */
    public static final String DEMANDE_ACTIVE = "DEMANDE_ACTIVE";
    /** {@code If-Match} missing on a modification (HTTP 428). */
    public static final String VERSION_REQUISE = "VERSION_REQUISE";
    /** {@code If-Match} names an older version (HTTP 412): nothing written. */
    public static final String VERSION_PERIMEE = "VERSION_PERIMEE";
    /** {@code If-Match} is not an entity tag of this API. */
    public static final String VERSION_ILLISIBLE = "VERSION_ILLISIBLE";
    /** The date de dépôt of a demande never changes (ancienneté). */
    public static final String DATE_DEPOT_NON_MODIFIABLE = "DATE_DEPOT_NON_MODIFIABLE";
    /** The communes souhaitées of a demande stay in its territory. */
    public static final String TERRITOIRE_NON_MODIFIABLE = "TERRITOIRE_NON_MODIFIABLE";
    /** Renewal asked before its window opens (three months before the end of validity). */
    public static final String RENOUVELLEMENT_HORS_FENETRE = "RENOUVELLEMENT_HORS_FENETRE";
    /** Radiation motive unknown (R441-2-8 CCH: a to f). */
    public static final String MOTIF_INCONNU = "MOTIF_INCONNU";
    /** Motive e is given only by the nightly pass. */
    public static final String RADIATION_RESERVEE_AU_TRAITEMENT = "RADIATION_RESERVEE_AU_TRAITEMENT";
    /** Motives a and d are given only by a bailleur. */
    public static final String RADIATION_RESERVEE_AU_BAILLEUR = "RADIATION_RESERVEE_AU_BAILLEUR";
    /** Motives c and d need a warning sent by the guichet at least one month before (L441-2-1 CCH). */
    public static final String AVERTISSEMENT_REQUIS = "AVERTISSEMENT_REQUIS";
    /** A warning was sent less than one month ago (L441-2-1 CCH). */
    public static final String DELAI_AVERTISSEMENT_NON_ECOULE = "DELAI_AVERTISSEMENT_NON_ECOULE";
    /** The motive of the radiation does not allow a reactivation. */
    public static final String REACTIVATION_IMPOSSIBLE = "REACTIVATION_IMPOSSIBLE";
    /** The reactivation window (t+18 for e, five months after the radiation for c) has closed. */
    public static final String REACTIVATION_HORS_DELAI = "REACTIVATION_HORS_DELAI";
    /** A demande radiated for no answer is reactivated by the guichet that radiated it. */
    public static final String REACTIVATION_RESERVEE_AU_GUICHET_RADIANT = "REACTIVATION_RESERVEE_AU_GUICHET_RADIANT";
    /** No co-demandeur at that rank or with that identity. */
    public static final String CO_DEMANDEUR_INTROUVABLE = "CO_DEMANDEUR_INTROUVABLE";
    /** The new demande of a separated co-demandeur must be his. */
    public static final String DEMANDEUR_DIFFERENT_DU_CO_DEMANDEUR = "DEMANDEUR_DIFFERENT_DU_CO_DEMANDEUR";
    /** Only a guichet acts on a demande's lifecycle through this API. */
    public static final String GUICHET_REQUIS = "GUICHET_REQUIS";

    private CodesCycleDeVie() {
    }
}
