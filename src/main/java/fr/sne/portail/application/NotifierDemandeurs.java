package fr.sne.portail.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.ContactsDemandeurs;
import fr.sne.demande.FluxMouvements;
import fr.sne.demande.FluxMouvements.Position;
import fr.sne.gestion.EvenementsDuDemandeur;
import fr.sne.portail.application.port.EnvoiCourriel;
import fr.sne.portail.application.port.EnvoiSms;
import fr.sne.portail.application.port.JournalNotifications;
import fr.sne.portail.application.port.JournalNotifications.Reservee;
import fr.sne.portail.domaine.CanalNotification;
import fr.sne.portail.domaine.MessageNotification;
import fr.sne.portail.domaine.PolitiqueNotification;

/**
 * Tells applicants of the events of the gestion partagée they see on their demande (issue 18 §3, ADR 0029), in two
 * steps that never share a transaction with the event itself:
 * <ol>
 * <li>{@link #relever}: reads the movements written since the last reading, in the order of the vendors' feed
 * (committed transactions only, none skipped), keeps the events the applicant sees ({@link EvenementsDuDemandeur}:
 * the catalogue's and the territory's choice), and writes one notification per movement and channel the applicant
 * consented to, with the position read, in one transaction; a movement already notified is not notified again;</li>
 * <li>{@link #envoyer}: claims the notifications due and hands each to its carrier, the address read again when sent
 * (a consent withdrawn in the meantime: not sent); a failure is tried again later, up to a limit.</li>
 * </ol>
 */
@Service
public class NotifierDemandeurs {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierDemandeurs.class);

    /** Who reads the movements and the contacts: a pass of the system. */
    static final Acteur LECTEUR = Acteur.traitement("notifications-demandeurs");

    private final FluxMouvements flux;
    private final EvenementsDuDemandeur evenements;
    private final ContactsDemandeurs contacts;
    private final JournalNotifications journal;
    private final EnvoiCourriel courriel;
    private final EnvoiSms sms;
    private final TransactionTemplate transaction;
    private final Clock horloge;
    private final String adressePortail;
    private final int tailleLot;
    private final int tentativesMax;

    NotifierDemandeurs(FluxMouvements flux, EvenementsDuDemandeur evenements, ContactsDemandeurs contacts,
            JournalNotifications journal, EnvoiCourriel courriel, EnvoiSms sms, TransactionTemplate transaction,
            Clock horloge, @Value("${sne.portail.notifications.adresse-portail:http://localhost:8080/portail}")
            String adressePortail, @Value("${sne.portail.notifications.lot:200}") int tailleLot,
            @Value("${sne.portail.notifications.tentatives:5}") int tentativesMax) {
        this.flux = flux;
        this.evenements = evenements;
        this.contacts = contacts;
        this.journal = journal;
        this.courriel = courriel;
        this.sms = sms;
        this.transaction = transaction;
        this.horloge = horloge;
        this.adressePortail = adressePortail.endsWith("/") ? adressePortail.substring(0, adressePortail.length() - 1)
                : adressePortail;
        this.tailleLot = tailleLot;
        this.tentativesMax = tentativesMax;
    }

    /** Reads and sends until nothing is left (the scheduled pass, and the tests). */
    public Bilan unePasse() {
        int relevees = 0;
        int lues;
        do {
            Releve r = relever();
            lues = r.mouvements();
            relevees += r.notifications();
        } while (lues >= tailleLot);
        int envoyees = 0;
        int traitees;
        do {
            Bilan b = envoyer();
            traitees = b.traitees();
            envoyees += b.envoyees();
        } while (traitees >= tailleLot);
        return new Bilan(relevees, envoyees);
    }

    /** What a pass did: notifications written (read step) or handled and sent (send step). */
    public record Bilan(int traitees, int envoyees) {
    }

    /** What one reading did. */
    public record Releve(int mouvements, int notifications) {
    }

    /** One page of movements read and turned into notifications, with the position, in one transaction. */
    public Releve relever() {
        Releve r = transaction.execute(statut -> {
            JournalNotifications.Curseur curseur = journal.curseurVerrouille();
            long horizon = flux.horizon();
            // what happened to whom only: the events are read per demande, only for the types that notify
            List<FluxMouvements.Entete> page = flux.lireEntetes(curseur.position(), horizon, curseur.depuis(),
                    LECTEUR, tailleLot);
            Map<String, Set<Long>> parDemande = new LinkedHashMap<>();
            Position derniere = curseur.position();
            for (FluxMouvements.Entete m : page) {
                if (PolitiqueNotification.notifie(m.type())) {
                    parDemande.computeIfAbsent(m.numeroUnique(), n -> new LinkedHashSet<>()).add(m.position().id());
                }
                derniere = m.position();
            }
            int ajoutees = 0;
            for (Map.Entry<String, Set<Long>> e : parDemande.entrySet()) {
                ajoutees += notifier(e.getKey(), e.getValue());
            }
            // everything below the horizon has been read once the page is not full: the next reading starts there
            Position suivante = page.size() < tailleLot && new Position(horizon, 0).compareTo(derniere) > 0
                    ? new Position(horizon, 0) : derniere;
            journal.avancer(suivante, horloge.instant());
            return new Releve(page.size(), ajoutees);
        });
        return r == null ? new Releve(0, 0) : r;
    }

    /** The notifications of these movements of one demande: one per movement carrying events he sees, per channel. */
    private int notifier(String numero, Set<Long> mouvements) {
        EvenementsDuDemandeur.Vue vue;
        try {
            vue = evenements.evenements(numero, LECTEUR);
        } catch (RessourceIntrouvableException e) {
            return 0; // erased meanwhile: no one to tell
        }
        Map<Long, List<EvenementsDuDemandeur.Evenement>> parMouvement = new LinkedHashMap<>();
        for (EvenementsDuDemandeur.Evenement ev : vue.evenements()) {
            if (mouvements.contains(ev.mouvement())) {
                parMouvement.computeIfAbsent(ev.mouvement(), k -> new ArrayList<>()).add(ev);
            }
        }
        if (parMouvement.isEmpty()) {
            return 0;
        }
        Optional<ContactsDemandeurs.Contact> contact = contacts.contact(numero, LECTEUR);
        if (contact.isEmpty()) {
            return 0;
        }
        ContactsDemandeurs.Contact c = contact.get();
        Set<CanalNotification> canaux = CanalNotification.canaux(c.courriel(), c.telephone(),
                c.consentementCourriel(), c.consentementSms());
        int ajoutees = 0;
        for (Map.Entry<Long, List<EvenementsDuDemandeur.Evenement>> e : parMouvement.entrySet()) {
            String noms = String.join(", ", e.getValue().stream().map(EvenementsDuDemandeur.Evenement::libelle)
                    .distinct().toList());
            LocalDate date = e.getValue().getFirst().date();
            for (CanalNotification canal : canaux) {
                String adresse = canal == CanalNotification.COURRIEL ? c.courriel() : c.telephone();
                if (journal.ajouter(numero, e.getKey(), canal, noms, date,
                        CanalNotification.masquer(canal, java.util.Objects.requireNonNull(adresse)))) {
                    ajoutees++;
                }
            }
        }
        return ajoutees;
    }

    /** Claims a batch of due notifications and sends each; the claim is committed before anything is sent. */
    public Bilan envoyer() {
        Instant maintenant = horloge.instant();
        List<Reservee> lot = transaction.execute(s -> journal.reserver(tailleLot, maintenant));
        int envoyees = 0;
        for (Reservee n : lot == null ? List.<Reservee>of() : lot) {
            if (envoyer(n)) {
                envoyees++;
            }
        }
        return new Bilan(lot == null ? 0 : lot.size(), envoyees);
    }

    private boolean envoyer(Reservee n) {
        Optional<ContactsDemandeurs.Contact> contact = contacts.contact(n.numeroUnique(), LECTEUR);
        ContactsDemandeurs.Contact c = contact.orElse(null);
        Set<CanalNotification> canaux = c == null ? Set.of() : CanalNotification.canaux(c.courriel(), c.telephone(),
                c.consentementCourriel(), c.consentementSms());
        if (c == null || !canaux.contains(n.canal())) {
            journal.abandonnee(n.id(), "consentement ou adresse retirés avant l'envoi");
            return false;
        }
        try {
            switch (n.canal()) {
                case COURRIEL -> courriel.envoyer(java.util.Objects.requireNonNull(c.courriel()),
                        MessageNotification.objet(), MessageNotification.courriel(n.numeroUnique(), n.evenements(),
                                n.dateEvenement(), adressePortail + "/demandes/" + n.numeroUnique()));
                case SMS -> sms.envoyer(java.util.Objects.requireNonNull(CanalNotification.mobile(c.telephone())),
                        MessageNotification.sms(n.numeroUnique(), n.evenements(), adressePortail));
            }
        } catch (RuntimeException e) {
            boolean abandon = n.tentatives() >= tentativesMax;
            LOG.warn("Notification {} ({}) non envoyée, tentative {} : {}", n.id(), n.canal(), n.tentatives(),
                    e.getMessage());
            journal.echec(n.id(), String.valueOf(e.getMessage()), abandon ? null
                    : horloge.instant().plus(Duration.ofMinutes(5L * n.tentatives())));
            return false;
        }
        journal.envoyee(n.id(), horloge.instant());
        return true;
    }
}
