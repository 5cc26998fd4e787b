package fr.sne.portail.infrastructure;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.document.GenerateurPdf;
import fr.sne.commun.document.PolicesDocument;
import fr.sne.commun.document.ProprietesDocument;
import fr.sne.commun.stockage.Stockage;
import fr.sne.portail.application.port.MessagerieCodes;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * {@link MessagerieCodes}: e-mails through Spring Mail (the embedded GreenMail of the local run, SMTP in production),
 * letters as one print-ready accessible PDF per batch (template {@code documents/code-personnel.html}) in the store,
 * beside the renewal notices' batches.
 */
@Component
class MessagerieCodesSmtp implements MessagerieCodes {

    private final ObjectProvider<JavaMailSender> courrier;
    private final GenerateurPdf pdf;
    private final Stockage stockage;
    private final String expediteur;

    MessagerieCodesSmtp(ObjectProvider<JavaMailSender> courrier, GenerateurPdf pdf, Stockage stockage,
            @Value("${sne.courriel.expediteur:ne-pas-repondre@sne.localhost}") String expediteur) {
        this.courrier = courrier;
        this.pdf = pdf;
        this.stockage = stockage;
        this.expediteur = expediteur;
    }

    @Override
    public void envoyerCourriel(String adresse, String objet, String texte) {
        JavaMailSender envoi = courrier.getIfAvailable();
        if (envoi == null) {
            throw new IllegalStateException("aucun serveur SMTP configuré (spring.mail.host)");
        }
        try {
            MimeMessage message = envoi.createMimeMessage();
            MimeMessageHelper redaction = new MimeMessageHelper(message, "UTF-8");
            redaction.setFrom(expediteur);
            redaction.setTo(adresse);
            redaction.setSubject(objet);
            redaction.setText(texte);
            envoi.send(message);
        } catch (MessagingException | MailException e) {
            throw new IllegalStateException("courriel refusé : " + e.getMessage(), e);
        }
    }

    @Override
    public void ecrireLot(String cle, LocalDate jour, List<Lettre> lettres) {
        PolicesDocument polices = pdf.polices();
        List<Lettre> imprimables = lettres.stream().map(l -> new Lettre(polices.imprimable(l.destinataire()),
                l.adresse().stream().map(polices::imprimable).toList(), l.numeroUnique(), l.code())).toList();
        ProprietesDocument proprietes = new ProprietesDocument("Codes personnels de la demande de logement social — "
                + jour, "SNE", "Code personnel du portail du demandeur",
                jour.atTime(LocalTime.NOON).atZone(HorlogeConfiguration.FUSEAU).toInstant(), cle);
        stockage.ecrire(cle, pdf.pdf("code-personnel", Map.of("lettres", imprimables,
                "jour", jour.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))), proprietes));
    }
}
