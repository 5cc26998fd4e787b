package fr.sne.demande.domaine;

import java.time.Instant;

/**
 * Something that happened to a demande, as the demande itself decided it. Every change of a demande is one of
 * these; the module writes each one, with its movement, through a single door, and listeners (metrics,
 * notifications) hear of it once the transaction has committed. Each transition of {@link Demande}
 * (registration, modification, renewal, warning, radiation, reactivation, separation) has its own record.
 */
public sealed interface EvenementDemande permits DemandeEnregistree, DemandeModifiee, DemandeRenouvelee,
        AvertissementEnvoye, DemandeRadiee, DemandeReactivee, CoDemandeurSepare {

    /** The movement this event writes to the journal (SNE ListeTypeFichier). */
    TypeMouvement type();

    /** The territory of the demande. */
    String territoire();

    /** The guichet that acted. */
    String guichet();

    /** When it happened. */
    Instant horodatage();
}
