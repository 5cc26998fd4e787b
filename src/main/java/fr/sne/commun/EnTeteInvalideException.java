package fr.sne.commun;

/**
 * A request header this API cannot take as it was sent (an {@code If-Match} that names no version read, two
 * idempotency keys): 400, problem "requete-illisible" with the refusal's {@code code}, and the header named under
 * {@code erreurs}. Thrown before anything is read from or written to the registry.
 */
public class EnTeteInvalideException extends RuntimeException {

    private final String entete;
    private final CodeMotif code;

    public EnTeteInvalideException(String entete, CodeMotif code, String message) {
        super(message);
        this.entete = entete;
        this.code = code;
    }

    public String entete() {
        return entete;
    }

    public CodeMotif code() {
        return code;
    }
}
