package fr.sne.commun;

/** The thing asked for does not exist, or the caller may not know it exists. */
public class RessourceIntrouvableException extends RuntimeException {

    public RessourceIntrouvableException(String message) {
        super(message);
    }
}
