package fr.sne.echanges.application;

import fr.sne.commun.CodeMotif;

/**
 * A call of the feed refused before anything is read: a parameter that does not hold ({@code expire} false: 400)
 * or a cursor too old to be taken back ({@code expire} true: 410). The parameter is named for the problem's
 * {@code erreurs}.
 */
public class FluxRefuseException extends RuntimeException {

    private final String parametre;
    private final CodeMotif code;
    private final boolean expire;

    public FluxRefuseException(String parametre, CodeMotif code, boolean expire) {
        super(code.message());
        this.parametre = parametre;
        this.code = code;
        this.expire = expire;
    }

    public String parametre() {
        return parametre;
    }

    public CodeMotif code() {
        return code;
    }

    public boolean expire() {
        return expire;
    }
}
