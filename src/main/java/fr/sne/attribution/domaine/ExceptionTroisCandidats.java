package fr.sne.attribution.domaine;

/** Why a commission may examine fewer than three demandes for a dwelling (R441-3 CCH). */
public enum ExceptionTroisCandidats {
    /** A candidate designated by the préfet under the DALO. */
    DESIGNATION_DALO,
    /** A dwelling financed by a PLAI adapté. */
    PLAI_ADAPTE,
    /** Not enough candidates. */
    MANQUE_CANDIDATS
}
