package fr.sne.portail.application.port;

import java.time.LocalDate;
import java.util.List;

/** Where the numéros and personal codes go: e-mails, and the day's batch of letters to print and post. */
public interface MessagerieCodes {

    /**
     * Sends one e-mail.
     *
     * @throws IllegalStateException when no mail server takes it (it stays queued)
     */
    void envoyerCourriel(String adresse, String objet, String texte);

    /** A letter: to whom, where, which demande, which code. */
    record Lettre(String destinataire, List<String> adresse, String numeroUnique, String code) {
    }

    /** Writes a batch of letters of a day to print, under this key of the store. */
    void ecrireLot(String cle, LocalDate jour, List<Lettre> lettres);
}
