package fr.sne.demande;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * How an applicant may be reached about his demande, as he said on the Cerfa (rubric "contact"): his e-mail address
 * and phone number, and whether he agreed to receive messages on each. For a module that writes to applicants (the
 * portal's notifications); read for an actor that may see the demande ({@link VisibiliteDemandes}).
 */
public interface ContactsDemandeurs {

    /**
     * @return the contact of the demande, empty when unknown, out of the actor's reach or erased (no one to reach)
     */
    Optional<Contact> contact(String numeroUnique, Acteur acteur);

    /**
     * @param courriel            the e-mail address, null when none was given
     * @param telephone           the phone number as given, null when none
     * @param consentementCourriel true only when the applicant ticked his agreement to e-mails
     * @param consentementSms      true only when he ticked his agreement to text messages
     */
    record Contact(@Nullable String courriel, @Nullable String telephone, boolean consentementCourriel,
            boolean consentementSms) {
    }
}
