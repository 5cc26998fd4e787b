package fr.sne.portail.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import fr.sne.demande.DestinatairesDemandes;
import fr.sne.portail.application.port.EnvoisCodes;
import fr.sne.portail.application.port.MessagerieCodes;

/**
 * Sends the queued numéros and personal codes (ADR 0027): the e-mails, as soon as possible (at least once: marked
 * sent once the mail server took them); the letters, once a day, in one batch to print and post. The code is the
 * demande's current one, derived when sent. A demande erased meanwhile gets nothing.
 */
@Service
public class EnvoyerCodes {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoyerCodes.class);

    /** How many e-mails one pass takes. */
    static final int LOT_COURRIELS = 200;
    /** How long a pass keeps its e-mails before another may take them (far beyond 200 sends). */
    static final Duration BAIL_COURRIELS = Duration.ofMinutes(15);
    /** How many letters one batch holds. */
    static final int LOT_LETTRES = 10_000;
    /** How long the night's batch keeps its letters. */
    static final Duration BAIL_LETTRES = Duration.ofHours(2);

    private final EnvoisCodes envois;
    private final DestinatairesDemandes destinataires;
    private final CodesPersonnelsDemandes codes;
    private final MessagerieCodes messagerie;
    private final MessageSource textes;
    private final Clock horloge;

    EnvoyerCodes(EnvoisCodes envois, DestinatairesDemandes destinataires, CodesPersonnelsDemandes codes,
            MessagerieCodes messagerie, MessageSource textes, Clock horloge) {
        this.envois = envois;
        this.destinataires = destinataires;
        this.codes = codes;
        this.messagerie = messagerie;
        this.textes = textes;
        this.horloge = horloge;
    }

    /**
     * Sends the e-mails waiting, outside any transaction: each message is taken for {@link #BAIL_COURRIELS} in a
     * short statement of its own, then sent, then marked sent in another. No transaction stays open while the mail
     * server answers (an open one would hold back the movement feed's horizon for every reader). When the server
     * refuses, the messages not sent yet are given back for the next pass.
     *
     * @return the number of e-mails sent
     */
    public int envoyerCourriels() {
        List<EnvoisCodes.Envoi> lot = envois.reserver(EnvoisCodes.Canal.COURRIEL, LOT_COURRIELS, horloge.instant(),
                BAIL_COURRIELS);
        int envoyes = 0;
        for (int i = 0; i < lot.size(); i++) {
            EnvoisCodes.Envoi envoi = lot.get(i);
            Optional<DestinatairesDemandes.Destinataire> pour = destinataire(envoi.numeroUnique());
            Optional<String> code = codes.codeActuel(envoi.numeroUnique());
            if (pour.isEmpty() || code.isEmpty() || pour.get().courriel() == null) {
                envois.marquerEnvoye(envoi.id(), horloge.instant(), null);
                continue;
            }
            String cle = "socle.courriel." + envoi.motif().name().toLowerCase(Locale.ROOT);
            Object[] valeurs = {pour.get().nomComplet(), envoi.numeroUnique(), code.get()};
            try {
                messagerie.envoyerCourriel(pour.get().courriel(),
                        textes.getMessage(cle + ".objet", valeurs, Locale.FRENCH),
                        textes.getMessage(cle + ".texte", valeurs, Locale.FRENCH));
            } catch (IllegalStateException e) {
                LOG.warn("Courriels des codes personnels en attente : {}", e.getMessage());
                envois.liberer(lot.subList(i, lot.size()).stream().map(EnvoisCodes.Envoi::id).toList());
                return envoyes;
            }
            envois.marquerEnvoye(envoi.id(), horloge.instant(), null);
            envoyes++;
        }
        return envoyes;
    }

    /**
     * Writes the day's batch of letters (the codes asked for by applicants without an e-mail address): the messages
     * taken for {@link #BAIL_LETTRES}, the batch written to the store outside any transaction, then all marked sent
     * at once. A batch that cannot be written gives its messages back.
     */
    public int ecrireLettres(LocalDate jour) {
        List<EnvoisCodes.Envoi> aEcrire = envois.reserver(EnvoisCodes.Canal.COURRIER, LOT_LETTRES, horloge.instant(),
                BAIL_LETTRES);
        List<MessagerieCodes.Lettre> lettres = new ArrayList<>();
        List<Long> ecrits = new ArrayList<>();
        List<Long> sansObjet = new ArrayList<>();
        for (EnvoisCodes.Envoi envoi : aEcrire) {
            Optional<DestinatairesDemandes.Destinataire> pour = destinataire(envoi.numeroUnique());
            Optional<String> code = codes.codeActuel(envoi.numeroUnique());
            if (pour.isEmpty() || code.isEmpty()) {
                sansObjet.add(envoi.id());
                continue;
            }
            lettres.add(new MessagerieCodes.Lettre(pour.get().nomComplet(), pour.get().adresse(),
                    envoi.numeroUnique(), code.get()));
            ecrits.add(envoi.id());
        }
        envois.marquerEnvoyes(sansObjet, horloge.instant(), null);
        if (lettres.isEmpty()) {
            return 0;
        }
        String lot = "courriers/codes-personnels/" + jour + "-" + ecrits.getFirst() + ".pdf";
        try {
            messagerie.ecrireLot(lot, jour, lettres);
        } catch (RuntimeException e) {
            envois.liberer(ecrits);
            throw e;
        }
        envois.marquerEnvoyes(ecrits, horloge.instant(), lot);
        return lettres.size();
    }

    /**
     * The applicant's name and addresses only ({@link DestinatairesDemandes}: one read of the demande, not the
     * attestation's summary with its guichet, communes, landlords and code).
     */
    private Optional<DestinatairesDemandes.Destinataire> destinataire(String numero) {
        try {
            return destinataires.lire(numero, RenvoyerCode.PORTAIL);
        } catch (RuntimeException e) {
            // a demande that cannot be read must not hold the queue behind it: its message is given up
            LOG.error("Code personnel de la demande {} non envoyé : demande illisible", numero, e);
            return Optional.empty();
        }
    }
}
