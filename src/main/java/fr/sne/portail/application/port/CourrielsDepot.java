package fr.sne.portail.application.port;

/** Sends the applicant his attestation by e-mail (the application's mail sender). */
public interface CourrielsDepot {

    /** @throws RuntimeException when the message could not be handed to the mail server */
    void envoyer(String destinataire, String objet, String texte, String nomPieceJointe, byte[] pdf);
}
