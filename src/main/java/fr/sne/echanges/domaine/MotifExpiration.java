package fr.sne.echanges.domaine;

/** Why an export expired. */
public enum MotifExpiration {
    /** 7 days after it was asked. */
    DELAI,
    /** A demande it held was erased (one year after its radiation). */
    EFFACEMENT
}
