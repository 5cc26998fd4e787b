package fr.sne.portail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.portail.application.NotifierDemandeurs;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Issue 18 §3: an event of the gestion partagée the applicant sees (catalogue and territory) gives him one message
 * per channel he consented to on the Cerfa, sent after the event's commit by the notifications' pass, never twice
 * even when the movements are read again; an event he does not see, a territory that has not switched the view on,
 * or no consent give nothing.
 */
class NotificationsDemandeursIT extends ApiIT {

    @Autowired
    private NotifierDemandeurs notifier;

    @Autowired
    private GreenMail courriels;

    @Autowired
    private Clock horloge;

    private record Contact(String courriel, String telephone) {
    }

    /**
     * The reading starts at the present: the demandes the tests before this one wrote are not this test's to
     * notify (the pass would first read all of them).
     */
    @BeforeEach
    void lectureAuPresent() {
        passerLePasse(jdbc);
    }

    /** Moves the notifications' position to the movements' horizon: what was written before is not read. */
    static void passerLePasse(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        jdbc.sql("""
                update notification_curseur set transaction = pg_snapshot_xmin(pg_current_snapshot())::text::bigint,
                                                mouvement = 0 where id = 1""").update();
    }

    private static Contact contactAuHasard() {
        ThreadLocalRandom h = ThreadLocalRandom.current();
        return new Contact("demandeur." + UUID.randomUUID() + "@example.org",
                String.format("06 %02d %02d %02d %02d", h.nextInt(100), h.nextInt(100), h.nextInt(100), h.nextInt(100)));
    }

    private String enregistrer(String guichet, DemandeExemple demande, Contact contact, boolean courriel,
            boolean sms) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("telephone", contact.telephone());
        c.put("email", contact.courriel());
        c.put("consentementEmail", courriel);
        c.put("consentementSms", sms);
        Reponse r = api.post(guichet, "/v1.0/demandes", demande.avec("contact", c).json(),
                UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private void evenement(String guichet, String numero, String code) {
        Reponse r = api.post(guichet, "/v1.0/demandes/" + numero + "/evenements",
                Map.of("code", code, "date", LocalDate.now(horloge).toString()), null);
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
    }

    private List<String> notifications(String numero) {
        return jdbc.sql("""
                select canal || ' ' || statut || ' ' || evenements from notification_demandeur
                where numero_unique = ? order by mouvement, canal""").param(numero).query(String.class).list();
    }

    private long courrielsA(String adresse) throws MessagingException {
        long n = 0;
        for (MimeMessage m : courriels.getReceivedMessages()) {
            Address[] a = m.getAllRecipients();
            if (a != null && Arrays.stream(a).anyMatch(x -> x.toString().equals(adresse))) {
                n++;
            }
        }
        return n;
    }

    private List<String> smsA(String telephone) {
        String international = "+33" + telephone.replace(" ", "").substring(1);
        return jdbc.sql("select texte from sms_sortant where telephone = ? order by id").param(international)
                .query(String.class).list();
    }

    @Test
    void un_evenement_visible_part_par_chaque_canal_consenti_une_seule_fois() throws Exception {
        Contact contact = contactAuHasard();
        String numero = enregistrer("G5901", DemandeExemple.nord(), contact, true, true);
        evenement("G5901", numero, "DEMANDE_PIECES");
        // an event the catalogue does not show the applicant
        evenement("G5901", numero, "BAIL_SIGNE");

        notifier.unePasse();

        // the registration's events are told by its own e-mail (attestation, personal code), not a second time
        assertThat(notifications(numero)).containsExactly(
                "COURRIEL ENVOYEE Demande d'informations ou de pièces",
                "SMS ENVOYEE Demande d'informations ou de pièces");
        assertThat(courrielsA(contact.courriel())).isEqualTo(1);
        assertThat(smsA(contact.telephone())).hasSize(1).allSatisfy(t -> assertThat(t).contains(numero)
                .hasSizeLessThanOrEqualTo(160));
        assertThat(jdbc.sql("select adresse_masquee from notification_demandeur where numero_unique = ? and canal = 'COURRIEL'")
                .param(numero).query(String.class).list()).allSatisfy(a -> assertThat(a).startsWith("d•••@")
                        .doesNotContain("demandeur."));

        // read again from before this demande's movements: nothing new is written, nothing is sent again
        jdbc.sql("""
                update notification_curseur set transaction = (select min(xid::text::bigint) from mouvement
                                                               where numero_unique = ?), mouvement = 0""")
                .param(numero).update();
        notifier.unePasse();

        assertThat(notifications(numero)).hasSize(2);
        assertThat(courrielsA(contact.courriel())).isEqualTo(1);
        assertThat(smsA(contact.telephone())).hasSize(1);
    }

    @Test
    void sans_consentement_ou_hors_territoire_active_rien_n_est_envoye() throws Exception {
        Contact sansConsentement = contactAuHasard();
        String nord = enregistrer("G5901", DemandeExemple.nord(), sansConsentement, false, false);
        evenement("G5901", nord, "DEMANDE_PIECES");
        Contact smsSeul = contactAuHasard();
        String smsSeulNumero = enregistrer("G5901", DemandeExemple.nord(), smsSeul, false, true);
        evenement("G5901", smsSeulNumero, "VISITES_PROPOSEES");
        // the Pas-de-Calais has not switched the applicants' view on
        Contact pasDeCalais = contactAuHasard();
        String numero62 = enregistrer("G6201", DemandeExemple.pasDeCalais(), pasDeCalais, true, true);
        evenement("G6201", numero62, "DEMANDE_PIECES");

        notifier.unePasse();

        assertThat(notifications(nord)).isEmpty();
        assertThat(courrielsA(sansConsentement.courriel())).isZero();
        assertThat(notifications(smsSeulNumero)).containsExactly("SMS ENVOYEE Visites proposées");
        assertThat(courrielsA(smsSeul.courriel())).isZero();
        assertThat(notifications(numero62)).isEmpty();
        assertThat(courrielsA(pasDeCalais.courriel())).isZero();
        assertThat(smsA(pasDeCalais.telephone())).isEmpty();
    }

    @Test
    void un_consentement_retire_avant_l_envoi_abandonne_le_message() throws Exception {
        Contact contact = contactAuHasard();
        String numero = enregistrer("G5901", DemandeExemple.nord(), contact, true, false);
        evenement("G5901", numero, "VISITES_PROPOSEES");
        notifier.relever();
        assertThat(notifications(numero)).containsExactly("COURRIEL A_ENVOYER Visites proposées");
        // the applicant unticks the box before the message leaves
        jdbc.sql("""
                update demande set contenu = jsonb_set(contenu, '{contact,consentementEmail}', 'false')
                where numero_unique = ?""").param(numero).update();

        notifier.unePasse();

        assertThat(notifications(numero)).containsExactly("COURRIEL ABANDONNEE Visites proposées");
        assertThat(courrielsA(contact.courriel())).isZero();
    }
}
