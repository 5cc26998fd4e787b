package fr.sne.commun;

/** The caller is authenticated but its guichet or territory does not allow this action. */
public class AccesRefuseException extends RuntimeException {

    private final String code;

    public AccesRefuseException(String code, String message) {
        super(message);
        this.code = code;
    }

    public AccesRefuseException(CodeMotif code, String message) {
        this(code.name(), message);
    }

    public String code() {
        return code;
    }
}
