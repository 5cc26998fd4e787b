package fr.sne.commun.qr;

import fr.sne.commun.CodeMotif;

/**
 * A sheet's QR code that cannot be trusted: none found on the page ({@link CodeMotif#QR_ILLISIBLE}), or a code
 * that is not one of the registry's, altered, truncated or signed with another key ({@link CodeMotif#QR_INVALIDE}).
 * The message never says which check failed, so that a forger learns nothing.
 */
public class QrRefuseException extends RuntimeException {

    private final CodeMotif code;

    public QrRefuseException(CodeMotif code) {
        super(code.name());
        this.code = code;
    }

    public CodeMotif code() {
        return code;
    }
}
