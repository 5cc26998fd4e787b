package fr.sne.demande.domaine;

import java.time.Instant;

/**
 * Something that happened to a demande, as the demande itself decided it. Every change of a demande is one of
 * these; the module writes each one, with its movement, through a single door, and listeners (metrics,
 * notifications) hear of it once the transaction has committed. Later transitions (modification, renewal,
 * radiation, reactivation) add their own records here.
 */
public sealed interface EvenementDemande permits DemandeEnregistree {

    /** The movement this event writes to the journal (SNE ListeTypeFichier). */
    TypeMouvement type();

    /** The territory of the demande. */
    String territoire();

    /** The guichet that acted. */
    String guichet();

    /** When it happened. */
    Instant horodatage();
}
