package fr.sne.pieces.application.port;

/** Sends an e-mail with one PDF attached to an applicant (SMTP in {@code infrastructure}). */
public interface CourrielsDemandeurs {

    /**
     * Sends it now; the SMTP server has accepted it when this returns.
     *
     * @throws CourrielImpossibleException no mail server configured, or the server refused it
     */
    void envoyer(String destinataire, String objet, String texte, String nomPieceJointe, byte[] pdf);

    /** The e-mail could not be handed to a mail server. */
    class CourrielImpossibleException extends RuntimeException {
        public CourrielImpossibleException(String message, Throwable cause) {
            super(message, cause);
        }

        public CourrielImpossibleException(String message) {
            super(message);
        }
    }
}
