package fr.sne.portail.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

import fr.sne.ApiIT;
import fr.sne.ClientApi.Reponse;
import fr.sne.demande.DemandeExemple;
import fr.sne.demande.DestinatairesDemandes;
import fr.sne.demande.FluxMouvements;
import fr.sne.portail.application.port.EnvoisCodes;
import fr.sne.portail.application.port.MessagerieCodes;

/**
 * Sending the personal codes' e-mails holds no transaction open while a mail server answers (ADR 0027): a movement
 * committed meanwhile is served by the vendors' feed at once (its horizon, the oldest transaction still running, is
 * not held back by the sender), the message being sent is taken by no other sender, and a server that refuses gives
 * the messages back for the next pass.
 */
class EnvoisCodesHorizonIT extends ApiIT {

    @Autowired
    private EnvoisCodes envois;

    @Autowired
    private DestinatairesDemandes dossiers;

    @Autowired
    private CodesPersonnelsDemandes codes;

    @Autowired
    private MessageSource textes;

    @Autowired
    private Clock horloge;

    @Autowired
    private FluxMouvements flux;

    @Autowired
    private EnvoyerCodes envoyerPlanifie;

    @Autowired
    private ApplicationContext contexte;

    /** A mail server that answers the first e-mail only when released, and takes the others at once. */
    private static final class ServeurLent implements MessagerieCodes {
        final CountDownLatch entre = new CountDownLatch(1);
        final CountDownLatch libere = new CountDownLatch(1);
        final List<String> recus = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void envoyerCourriel(String adresse, String objet, String texte) {
            if (entre.getCount() == 1) {
                entre.countDown();
                try {
                    libere.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            recus.add(texte);
        }

        @Override
        public void ecrireLot(String cle, LocalDate jour, List<Lettre> lettres) {
            throw new UnsupportedOperationException();
        }
    }

    /** The use case with what the application wraps around it (its transactions, if any). */
    private EnvoyerCodes commeLApplication(EnvoyerCodes envoyer) {
        return (EnvoyerCodes) contexte.getAutowireCapableBeanFactory()
                .initializeBean(envoyer, "envoyerCodes-" + UUID.randomUUID());
    }

    private String enregistrer() {
        Map<String, Object> json = new HashMap<>(DemandeExemple.nord().json());
        json.put("contact", Map.of("telephone", "06 12 34 56 78", "email", "horizon-" + UUID.randomUUID()
                + "@example.org", "consentementEmail", true, "consentementSms", false));
        Reponse r = api.post("G5901", "/v1.0/demandes", json, UUID.randomUUID().toString());
        assertThat(r.statut()).as(r.texte()).isEqualTo(201);
        return r.json().get("numeroUnique").asString();
    }

    private long transactionDe(String numero) {
        return Long.parseLong(jdbc.sql("select max(xid::text::bigint)::text from mouvement where numero_unique = ?")
                .param(numero).query(String.class).single());
    }

    @Test
    void aMovementCommittedWhileAnEmailIsBeingSentIsServedByTheFeedAtOnce() throws Exception {
        ServeurLent serveur = new ServeurLent();
        EnvoyerCodes envoyer = commeLApplication(new EnvoyerCodes(envois, dossiers, codes, serveur, textes, horloge));
        ExecutorService fil = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> envoi = null;
            // the every-minute pass of the application may take a message first: try again with a new one
            for (int essai = 0; essai < 5 && serveur.entre.getCount() == 1; essai++) {
                enregistrer();
                envoi = fil.submit(envoyer::envoyerCourriels);
                if (!serveur.entre.await(10, TimeUnit.SECONDS)) {
                    envoi.get(10, TimeUnit.SECONDS);
                }
            }
            assertThat(serveur.entre.getCount()).as("an e-mail is being sent").isZero();
            List<Long> enCours = jdbc.sql("""
                    select id from envoi_code_personnel
                     where envoye_le is null and reserve_jusqu_au > now() and canal = 'COURRIEL'""")
                    .query(Long.class).list();
            assertThat(enCours).as("the messages of the pass are taken").isNotEmpty();

            // while the mail server has not answered, a registration commits: its movement is below the horizon
            String pendant = enregistrer();
            long transaction = transactionDe(pendant);
            long horizon = 0;
            for (int i = 0; i < 50 && horizon <= transaction; i++) {
                horizon = flux.horizon();
                if (horizon <= transaction) {
                    Thread.sleep(100);  // another short transaction of the application may be running
                }
            }
            assertThat(horizon).as("the feed's horizon passes a transaction committed during the send")
                    .isGreaterThan(transaction);

            // the application's own pass does not send again what this one is sending
            envoyerPlanifie.envoyerCourriels();
            assertThat(jdbc.sql("select count(*) from envoi_code_personnel where id = any(cast(? as bigint[]))"
                    + " and envoye_le is not null").param(enCours.toArray(Long[]::new)).query(Integer.class)
                    .single()).as("taken messages are skipped by another sender").isZero();

            serveur.libere.countDown();
            assertThat(envoi.get(30, TimeUnit.SECONDS)).isPositive();
            assertThat(jdbc.sql("select count(*) from envoi_code_personnel where id = any(cast(? as bigint[]))"
                    + " and envoye_le is not null and reserve_jusqu_au is null")
                    .param(enCours.toArray(Long[]::new)).query(Integer.class).single())
                    .as("each message sent is marked sent").isEqualTo(enCours.size());
        } finally {
            serveur.libere.countDown();
            fil.shutdownNow();
        }
    }

    @Test
    void aRefusingServerGivesTheMessagesBackAndAnExpiredLeaseLetsThemGoAgain() {
        MessagerieCodes refuse = new MessagerieCodes() {
            @Override
            public void envoyerCourriel(String adresse, String objet, String texte) {
                throw new IllegalStateException("serveur de courriel indisponible");
            }

            @Override
            public void ecrireLot(String cle, LocalDate jour, List<Lettre> lettres) {
                throw new UnsupportedOperationException();
            }
        };
        String numero = enregistrer();
        long id = jdbc.sql("select id from envoi_code_personnel where numero_unique = ?").param(numero)
                .query(Long.class).single();
        commeLApplication(new EnvoyerCodes(envois, dossiers, codes, refuse, textes, horloge)).envoyerCourriels();
        assertThat(jdbc.sql("select count(*) from envoi_code_personnel where id = ? and envoye_le is null"
                + " and reserve_jusqu_au is null").param(id).query(Integer.class).single())
                .as("given back, not sent").isOne();

        // a sender that stopped before marking: its lease runs out, then the message is taken again
        Instant maintenant = horloge.instant();
        jdbc.sql("update envoi_code_personnel set reserve_jusqu_au = ? where id = ?")
                .params(java.sql.Timestamp.from(maintenant.plusSeconds(600)), id).update();
        List<Long> pris = envois.reserver(EnvoisCodes.Canal.COURRIEL, 10_000, maintenant,
                java.time.Duration.ofMinutes(1)).stream().map(EnvoisCodes.Envoi::id).toList();
        envois.liberer(pris);  // others' messages, if any, go back at once
        assertThat(pris).doesNotContain(id);
        List<Long> reprise = envois.reserver(EnvoisCodes.Canal.COURRIEL, 10_000, maintenant.plusSeconds(601),
                java.time.Duration.ofMinutes(1)).stream().map(EnvoisCodes.Envoi::id).toList();
        envois.liberer(reprise);
        assertThat(reprise).contains(id);
    }
}
