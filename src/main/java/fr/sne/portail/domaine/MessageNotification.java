package fr.sne.portail.domaine;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words of a notification, in plain French (the applicant's language is not known when the registry writes to
 * him): what happened, on which demande, and where to read more. A text message stays within one SMS (160
 * characters of the GSM alphabet): the names of the events are cut short when needed, the numéro and the address
 * never.
 */
public final class MessageNotification {

    /** The length of one text message. */
    public static final int LONGUEUR_SMS = 160;

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private MessageNotification() {
    }

    public static String objet() {
        return "Du nouveau sur votre demande de logement social";
    }

    public static String courriel(String numero, String evenements, LocalDate date, String adresseDemande) {
        return "Bonjour,\n\n"
                + "Il y a du nouveau sur votre demande de logement social n° " + numero + ".\n"
                + "Le " + JOUR.format(date) + " : " + evenements + ".\n\n"
                + "Pour voir le détail, connectez-vous à votre espace :\n" + adresseDemande + "\n\n"
                + "Vous recevez ce message parce que vous avez accepté d'être informé par courriel. "
                + "Ce message est envoyé automatiquement : merci de ne pas y répondre.\n";
    }

    public static String sms(String numero, String evenements, String adressePortail) {
        String debut = "Logement social, demande " + numero + " : ";
        String fin = ". Détail sur " + adressePortail;
        int place = LONGUEUR_SMS - debut.length() - fin.length();
        String quoi = evenements.length() <= place ? evenements
                : evenements.substring(0, Math.max(0, place - 1)).strip() + "…";
        return debut + quoi + fin;
    }
}
