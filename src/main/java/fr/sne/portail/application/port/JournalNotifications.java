package fr.sne.portail.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.demande.FluxMouvements.Position;
import fr.sne.portail.domaine.CanalNotification;

/**
 * The journal of the applicants' notifications (table {@code notification_demandeur}) and the position up to which
 * the movements were read for them ({@code notification_curseur}).
 */
public interface JournalNotifications {

    /**
     * Where the reading stands, the row locked until the caller's transaction ends (one reader at a time).
     *
     * @param depuis the instant the first reading started from: older movements are never notified
     */
    record Curseur(Position position, Instant depuis) {
    }

    Curseur curseurVerrouille();

    void avancer(Position position, Instant luLe);

    /**
     * Adds a notification to send, unless this movement already has one on this channel.
     *
     * @return true when added, false when it already had one (never twice for one event)
     */
    boolean ajouter(String numeroUnique, long mouvement, CanalNotification canal, String evenements,
            LocalDate dateEvenement, String adresseMasquee);

    /**
     * Claims notifications due for sending (marked as being sent, committed in its own statement): another sender
     * never takes them, and one claimed but never finished is never sent again (a message at most once).
     */
    List<Reservee> reserver(int limite, Instant maintenant);

    record Reservee(long id, String numeroUnique, long mouvement, CanalNotification canal, String evenements,
            LocalDate dateEvenement, int tentatives) {
    }

    void envoyee(long id, Instant le);

    /** Back in the queue for another try at {@code prochainEssai}, or given up ({@code ECHEC}) when null. */
    void echec(long id, String erreur, @Nullable Instant prochainEssai);

    /** Not sent: the consent or the address is gone. */
    void abandonnee(long id, String raison);

    /** The notifications of a demande, newest first. */
    List<Notification> deLaDemande(String numeroUnique, int limite);

    record Notification(CanalNotification canal, String adresseMasquee, String evenements, LocalDate dateEvenement,
            String statut, Instant creeeLe, @Nullable Instant envoyeeLe) {
    }
}
