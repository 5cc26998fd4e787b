package fr.sne.portail.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.demande.ContactsDemandeurs;
import fr.sne.portail.application.port.EnvoiCourriel;
import fr.sne.portail.application.port.EnvoiImpossibleException;
import fr.sne.portail.application.port.EnvoiSms;
import fr.sne.portail.application.port.JournalNotifications;
import fr.sne.portail.domaine.CanalNotification;

/**
 * The sending step, with its ports played by small in-memory stand-ins: a message the carrier refuses goes back to
 * the queue for later (5 minutes per try made), and is given up after the last try; a message whose consent was
 * withdrawn is not sent; the others are sent to the address as it stands, the SMS to the mobile's international
 * form.
 */
class NotifierDemandeursEnvoiTest {

    private static final Instant MAINTENANT = Instant.parse("2026-12-07T10:00:00Z");
    private static final String NUMERO = "0591226000001G5901";

    /** The journal: the claimed rows given, what became of each recorded. */
    static final class Journal implements JournalNotifications {
        final List<Reservee> aReserver = new ArrayList<>();
        final Map<Long, String> issues = new HashMap<>();
        final Map<Long, @Nullable Instant> prochainsEssais = new HashMap<>();

        @Override
        public Curseur curseurVerrouille() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void avancer(fr.sne.demande.FluxMouvements.Position position, Instant luLe) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean ajouter(String numeroUnique, long mouvement, CanalNotification canal, String evenements,
                LocalDate dateEvenement, String adresseMasquee) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Reservee> reserver(int limite, Instant maintenant) {
            List<Reservee> lot = List.copyOf(aReserver);
            aReserver.clear();
            return lot;
        }

        @Override
        public void envoyee(long id, Instant le) {
            issues.put(id, "ENVOYEE");
        }

        @Override
        public void echec(long id, String erreur, @Nullable Instant prochainEssai) {
            issues.put(id, prochainEssai == null ? "ECHEC" : "A_ENVOYER");
            prochainsEssais.put(id, prochainEssai);
        }

        @Override
        public void abandonnee(long id, String raison) {
            issues.put(id, "ABANDONNEE");
        }

        @Override
        public List<Notification> deLaDemande(String numeroUnique, int limite) {
            return List.of();
        }
    }

    /** Transactions that hold nothing: the journal stand-in has no database. */
    static final class SansTransaction extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    private final Journal journal = new Journal();
    private final List<String> courrielsEnvoyes = new ArrayList<>();
    private final List<String> smsEnvoyes = new ArrayList<>();
    private boolean serveurCourrielEnPanne;
    private ContactsDemandeurs.Contact contact = new ContactsDemandeurs.Contact("claire@example.org",
            "06 12 34 56 78", true, true);

    private NotifierDemandeurs notifier() {
        EnvoiCourriel courriel = (destinataire, objet, texte) -> {
            if (serveurCourrielEnPanne) {
                throw new EnvoiImpossibleException("serveur SMTP injoignable");
            }
            courrielsEnvoyes.add(destinataire);
        };
        EnvoiSms sms = (telephone, texte) -> smsEnvoyes.add(telephone);
        ContactsDemandeurs contacts = (numero, acteur) -> Optional.of(contact);
        return new NotifierDemandeurs(null, null, contacts, journal, courriel, sms,
                new TransactionTemplate(new SansTransaction()), Clock.fixed(MAINTENANT, ZoneOffset.UTC),
                "https://portail.exemple/portail", 200, 5);
    }

    private static JournalNotifications.Reservee reservee(long id, CanalNotification canal, int tentatives) {
        return new JournalNotifications.Reservee(id, NUMERO, 100 + id, canal, "Visites proposées",
                LocalDate.of(2026, 12, 7), tentatives);
    }

    @Test
    void un_message_refuse_par_le_transporteur_revient_plus_tard_puis_est_abandonne_apres_le_dernier_essai() {
        serveurCourrielEnPanne = true;
        journal.aReserver.add(reservee(1, CanalNotification.COURRIEL, 1));
        journal.aReserver.add(reservee(2, CanalNotification.COURRIEL, 3));
        journal.aReserver.add(reservee(3, CanalNotification.COURRIEL, 5));
        journal.aReserver.add(reservee(4, CanalNotification.SMS, 1));

        NotifierDemandeurs.Bilan bilan = notifier().envoyer();

        assertThat(bilan).isEqualTo(new NotifierDemandeurs.Bilan(4, 1));
        assertThat(journal.issues).containsEntry(1L, "A_ENVOYER").containsEntry(2L, "A_ENVOYER")
                .containsEntry(3L, "ECHEC").containsEntry(4L, "ENVOYEE");
        assertThat(journal.prochainsEssais.get(1L)).isEqualTo(MAINTENANT.plus(Duration.ofMinutes(5)));
        assertThat(journal.prochainsEssais.get(2L)).isEqualTo(MAINTENANT.plus(Duration.ofMinutes(15)));
        assertThat(courrielsEnvoyes).isEmpty();
        // the SMS carrier is another one: it went, to the mobile's international form
        assertThat(smsEnvoyes).containsExactly("+33612345678");
    }

    @Test
    void un_consentement_retire_n_envoie_rien_sur_ce_canal() {
        contact = new ContactsDemandeurs.Contact("claire@example.org", "06 12 34 56 78", true, false);
        journal.aReserver.add(reservee(1, CanalNotification.COURRIEL, 1));
        journal.aReserver.add(reservee(2, CanalNotification.SMS, 1));

        notifier().envoyer();

        assertThat(journal.issues).containsEntry(1L, "ENVOYEE").containsEntry(2L, "ABANDONNEE");
        assertThat(courrielsEnvoyes).containsExactly("claire@example.org");
        assertThat(smsEnvoyes).isEmpty();
    }
}
