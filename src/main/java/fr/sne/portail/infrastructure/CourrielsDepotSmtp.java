package fr.sne.portail.infrastructure;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fr.sne.portail.application.port.CourrielsDepot;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** {@link CourrielsDepot} through Spring Mail (the embedded GreenMail of the local run and tests, SMTP in prod). */
@Component
class CourrielsDepotSmtp implements CourrielsDepot {

    private final ObjectProvider<JavaMailSender> courrier;
    private final String expediteur;

    CourrielsDepotSmtp(ObjectProvider<JavaMailSender> courrier,
            @Value("${sne.courriel.expediteur:ne-pas-repondre@sne.localhost}") String expediteur) {
        this.courrier = courrier;
        this.expediteur = expediteur;
    }

    @Override
    public void envoyer(String destinataire, String objet, String texte, String nomPieceJointe, byte[] pdf) {
        JavaMailSender envoi = courrier.getIfAvailable();
        if (envoi == null) {
            throw new IllegalStateException("aucun serveur SMTP configuré (spring.mail.host)");
        }
        try {
            MimeMessage message = envoi.createMimeMessage();
            MimeMessageHelper redaction = new MimeMessageHelper(message, true, "UTF-8");
            redaction.setFrom(expediteur);
            redaction.setTo(destinataire);
            redaction.setSubject(objet);
            redaction.setText(texte, false);
            redaction.addAttachment(nomPieceJointe, new ByteArrayResource(pdf), "application/pdf");
            envoi.send(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("courriel refusé : " + e.getMessage(), e);
        }
    }
}
