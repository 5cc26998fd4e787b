package fr.sne.commun;

/** The caller has used up its share of requests for the current window; it may retry after the delay. */
public class TropDeRequetesException extends RuntimeException {

    private final long secondesAvantNouvelEssai;

    public TropDeRequetesException(String message, long secondesAvantNouvelEssai) {
        super(message);
        this.secondesAvantNouvelEssai = secondesAvantNouvelEssai;
    }

    public long secondesAvantNouvelEssai() {
        return secondesAvantNouvelEssai;
    }
}
