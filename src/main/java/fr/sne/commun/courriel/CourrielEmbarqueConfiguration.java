package fr.sne.commun.courriel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server of the local run and the tests: an embedded GreenMail, started with the application when
 * {@code sne.courriel.embarque.actif} (default profile; false in {@code prod}), on
 * {@code sne.courriel.embarque.port} (0: a free port), with the mail sender pointed at it. In production the
 * standard {@code spring.mail.*} settings give Spring Boot's mail sender instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sne.courriel.embarque.actif", havingValue = "true")
public class CourrielEmbarqueConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(CourrielEmbarqueConfiguration.class);

    @Bean(destroyMethod = "stop")
    GreenMail serveurCourrielEmbarque(@Value("${sne.courriel.embarque.port:0}") int port) {
        ServerSetup smtp = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        GreenMail serveur = new GreenMail(port == 0 ? smtp.dynamicPort() : smtp)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        serveur.start();
        LOG.info("Serveur SMTP embarqué (GreenMail) sur 127.0.0.1:{} — hors production uniquement",
                serveur.getSmtp().getPort());
        return serveur;
    }

    @Bean
    JavaMailSender envoiCourriel(GreenMail serveur) {
        JavaMailSenderImpl envoi = new JavaMailSenderImpl();
        envoi.setHost("127.0.0.1");
        envoi.setPort(serveur.getSmtp().getPort());
        envoi.setDefaultEncoding("UTF-8");
        return envoi;
    }
}
