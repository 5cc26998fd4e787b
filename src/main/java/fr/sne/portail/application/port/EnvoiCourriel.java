package fr.sne.portail.application.port;

/** Sends a plain-text e-mail to an applicant (SMTP in {@code infrastructure}: GreenMail in the local run). */
public interface EnvoiCourriel {

    /**
     * Sends it now; the mail server has accepted it when this returns.
     *
     * @throws EnvoiImpossibleException no mail server, or the server refused it
     */
    void envoyer(String destinataire, String objet, String texte);
}
