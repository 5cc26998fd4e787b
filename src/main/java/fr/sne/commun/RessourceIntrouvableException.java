package fr.sne.commun;

/** The thing asked for does not exist, or the caller may not know it exists. */
public class RessourceIntrouvableException extends RuntimeException {

    private final CodeMotif code;

    public RessourceIntrouvableException(String message) {
        this(CodeMotif.INTROUVABLE, message);
    }

    /** Not found for a reason the caller may know (e.g. data erased by law). */
    public RessourceIntrouvableException(CodeMotif code, String message) {
        super(message);
        this.code = code;
    }

    public CodeMotif code() {
        return code;
    }
}
