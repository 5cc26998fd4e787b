package fr.sne.portail.infrastructure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fr.sne.portail.application.port.EnvoiCourriel;
import fr.sne.portail.application.port.EnvoiImpossibleException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** {@link EnvoiCourriel} through Spring Mail (GreenMail in the local run), under {@link Protection}. */
@Component
class EnvoiCourrielSmtp implements EnvoiCourriel {

    private final ObjectProvider<JavaMailSender> courrier;
    private final String expediteur;
    private final Protection protection;

    EnvoiCourrielSmtp(ObjectProvider<JavaMailSender> courrier,
            @Value("${sne.courriel.expediteur:ne-pas-repondre@sne.localhost}") String expediteur,
            Protection protection) {
        this.courrier = courrier;
        this.expediteur = expediteur;
        this.protection = protection;
    }

    @Override
    public void envoyer(String destinataire, String objet, String texte) {
        JavaMailSender envoi = courrier.getIfAvailable();
        if (envoi == null) {
            throw new EnvoiImpossibleException("aucun serveur SMTP configuré (spring.mail.host)");
        }
        protection.appeler("courriel", () -> {
            try {
                MimeMessage message = envoi.createMimeMessage();
                MimeMessageHelper redaction = new MimeMessageHelper(message, false, "UTF-8");
                redaction.setFrom(expediteur);
                redaction.setTo(destinataire);
                redaction.setSubject(objet);
                redaction.setText(texte, false);
                envoi.send(message);
            } catch (MessagingException | MailException e) {
                throw new EnvoiImpossibleException("courriel refusé : " + e.getMessage(), e);
            }
        });
    }
}
