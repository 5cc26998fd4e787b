package fr.sne.demande;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A fact the demande's rules need from the public portal, which alone knows its applicants' sign-ins: the last day
 * an applicant of the demande (an account it is attached to) signed in within a period. The reactivation of a
 * demande radiated for non-renewal asks it for the renewal period (issue 18 §3: an applicant who signed in then but
 * did not renew may be reactivated by the gestionnaire territorial). Implemented by the portal module; the demande
 * module knows nothing else of the portal.
 */
public interface ConnexionsDemandeurs {

    /**
     * @param du the first day of the period (Europe/Paris), included
     * @param au its last day, included
     * @return the last day an account attached to the demande signed in within the period, empty when none did
     */
    Optional<LocalDate> derniereConnexion(String numeroUnique, LocalDate du, LocalDate au);
}
