package fr.sne.portail.application.port;

/** A message could not be handed to its carrier (mail server, SMS provider), after the retries if any. */
public class EnvoiImpossibleException extends RuntimeException {

    public EnvoiImpossibleException(String message, Throwable cause) {
        super(message, cause);
    }

    public EnvoiImpossibleException(String message) {
        super(message);
    }
}
