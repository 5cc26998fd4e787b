package fr.sne.portail.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.portail.application.port.EnvoiSms;

/**
 * The SMS stand-in of the local run and the tests ({@code sne.portail.sms.fournisseur: local}, the default): the
 * message goes to the table {@code sms_sortant} and to the log, never to the network. Under {@link Protection} as a
 * real provider would be.
 */
@Component
@ConditionalOnProperty(name = "sne.portail.sms.fournisseur", havingValue = "local", matchIfMissing = true)
class EnvoiSmsLocal implements EnvoiSms {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiSmsLocal.class);

    private final JdbcClient jdbc;
    private final Protection protection;

    EnvoiSmsLocal(JdbcClient jdbc, Protection protection) {
        this.jdbc = jdbc;
        this.protection = protection;
    }

    @Override
    public void envoyer(String telephone, String texte) {
        protection.appeler("sms", () -> {
            jdbc.sql("insert into sms_sortant (telephone, texte) values (?, ?)").params(telephone, texte).update();
            LOG.info("SMS (bouchon local, rien n'est envoyé) à {} : {}", telephone, texte);
        });
    }
}
