package fr.sne.commun.courriel;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One e-mail to one address, plain text, with a PDF attached or not, from the registry's sender
 * ({@code sne.courriel.expediteur}), through Spring Mail (the embedded GreenMail of the local run and the tests, the
 * SMTP server of production). The modules' adapters of their own mail ports call it, each turning its refusal into
 * its port's.
 */
@Component
public class ExpediteurCourriels {

    /** No mail server configured, or the server refused the message. */
    public static class CourrielNonEnvoyeException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        CourrielNonEnvoyeException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    private final ObjectProvider<JavaMailSender> courrier;
    private final String expediteur;

    ExpediteurCourriels(ObjectProvider<JavaMailSender> courrier,
            @Value("${sne.courriel.expediteur:ne-pas-repondre@sne.localhost}") String expediteur) {
        this.courrier = courrier;
        this.expediteur = expediteur;
    }

    /** @throws CourrielNonEnvoyeException no mail server, or the server refused it */
    public void envoyer(String destinataire, String objet, String texte) {
        envoyer(destinataire, objet, texte, null, null);
    }

    /** The same with a PDF attached under this name. */
    public void envoyer(String destinataire, String objet, String texte, @Nullable String nomPieceJointe,
            byte @Nullable [] pdf) {
        JavaMailSender envoi = courrier.getIfAvailable();
        if (envoi == null) {
            throw new CourrielNonEnvoyeException("aucun serveur SMTP configuré (spring.mail.host)", null);
        }
        boolean pieceJointe = nomPieceJointe != null && pdf != null;
        try {
            MimeMessage message = envoi.createMimeMessage();
            MimeMessageHelper redaction = new MimeMessageHelper(message, pieceJointe, "UTF-8");
            redaction.setFrom(expediteur);
            redaction.setTo(destinataire);
            redaction.setSubject(objet);
            redaction.setText(texte, false);
            if (pieceJointe) {
                redaction.addAttachment(nomPieceJointe, new ByteArrayResource(pdf), "application/pdf");
            }
            envoi.send(message);
        } catch (MessagingException | MailException e) {
            throw new CourrielNonEnvoyeException("courriel refusé : " + e.getMessage(), e);
        }
    }
}
