package fr.sne.commun;

/**
 * One rejected field of a request: where (a JSON path such as {@code demandeur.nir}), a stable code, and a
 * sentence in French for the person at the desk.
 */
public record ErreurChamp(String champ, String code, String message) {

    /** An error whose code is taken from the catalogue, with a message of its own. */
    public ErreurChamp(String champ, CodeMotif code, String message) {
        this(champ, code.name(), message);
    }

    /** An error with the catalogue's message of its code (a template without placeholders). */
    public static ErreurChamp de(String champ, CodeMotif code) {
        return new ErreurChamp(champ, code.name(), code.message());
    }
}
