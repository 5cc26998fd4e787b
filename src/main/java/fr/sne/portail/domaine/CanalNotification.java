package fr.sne.portail.domaine;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How an applicant is told of an event of his demande: by e-mail, by text message, as he consented on the Cerfa
 * (rubric "contact": each channel has its own box). No consent, no message; a consent without an address that can
 * receive it (no e-mail address; a phone number that is not a French mobile) gives nothing on that channel.
 */
public enum CanalNotification {
    COURRIEL,
    SMS;

    /**
     * The channels to use for this contact.
     *
     * @param consentementCourriel the box "courriel" ticked
     * @param consentementSms      the box "SMS" ticked
     */
    public static Set<CanalNotification> canaux(@Nullable String courriel, @Nullable String telephone,
            boolean consentementCourriel, boolean consentementSms) {
        Set<CanalNotification> canaux = EnumSet.noneOf(CanalNotification.class);
        if (consentementCourriel && courriel != null && courrielPlausible(courriel)) {
            canaux.add(COURRIEL);
        }
        if (consentementSms && mobile(telephone) != null) {
            canaux.add(SMS);
        }
        return canaux;
    }

    /** An address with one @, something before it and a dot after it, no space. */
    static boolean courrielPlausible(String courriel) {
        String c = courriel.strip();
        int arobase = c.indexOf('@');
        return arobase > 0 && arobase == c.lastIndexOf('@') && c.indexOf('.', arobase) > arobase + 1
                && !c.endsWith(".") && c.chars().noneMatch(Character::isWhitespace) && c.length() <= 254;
    }

    /**
     * A French mobile number (metropolitan 06 and 07, and the overseas mobiles 0639, 0690, 0691, 0692, 0693, 0694,
     * 0696, 0697 all begin 06 or 07) in its international form {@code +336…}/{@code +337…}, from a number written
     * {@code 06 12 34 56 78}, {@code 06.12.34.56.78}, {@code +33 6 12 34 56 78} or {@code 0033612345678}; null for
     * anything else (a landline cannot receive a text message).
     */
    public static @Nullable String mobile(@Nullable String telephone) {
        if (telephone == null) {
            return null;
        }
        String chiffres = telephone.strip().replaceAll("[\\s.\\-()]", "").toLowerCase(Locale.ROOT);
        if (chiffres.startsWith("+33")) {
            chiffres = "0" + chiffres.substring(3);
        } else if (chiffres.startsWith("0033")) {
            chiffres = "0" + chiffres.substring(4);
        }
        if (!chiffres.matches("0[67][0-9]{8}")) {
            return null;
        }
        return "+33" + chiffres.substring(1);
    }

    /** The address as the journal keeps it: enough to recognise it, not to use it. */
    public static String masquer(CanalNotification canal, String adresse) {
        return switch (canal) {
            case COURRIEL -> {
                String c = adresse.strip();
                int arobase = c.indexOf('@');
                yield arobase <= 0 ? "•••" : c.charAt(0) + "•••" + c.substring(arobase);
            }
            case SMS -> {
                String m = mobile(adresse);
                yield m == null ? "•••" : "0" + m.charAt(3) + " •• •• •• " + m.substring(m.length() - 2);
            }
        };
    }
}
