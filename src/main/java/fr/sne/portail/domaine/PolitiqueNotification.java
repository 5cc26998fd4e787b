package fr.sne.portail.domaine;

import java.util.Set;

/**
 * Which movements give the applicant a message. Every one that carries an event he sees, except the registration
 * (CRE, and CRS for a separated co-demandeur's demande): its events (creation, validation) are told by the
 * registration's own e-mail, with the attestation and the personal code (ADR 0027), not a second time.
 */
public final class PolitiqueNotification {

    /** The registration's movements. */
    private static final Set<String> ENREGISTREMENT = Set.of("CRE", "CRS");

    private PolitiqueNotification() {
    }

    public static boolean notifie(String typeMouvement) {
        return !ENREGISTREMENT.contains(typeMouvement);
    }
}
