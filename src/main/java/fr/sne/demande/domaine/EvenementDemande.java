package fr.sne.demande.domaine;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * Something that happened to a demande, as the demande itself decided it. Every change of a demande is one of
 * these; the module writes each one, with its movement, through a single door, and listeners (metrics,
 * notifications) hear of it once the transaction has committed. Each transition of {@link Demande}
 * (registration, modification, renewal, warning, radiation, reactivation, separation, merge) has its own record.
 */
public sealed interface EvenementDemande permits DemandeEnregistree, DemandeModifiee, DemandeRenouvelee,
        AvertissementEnvoye, DemandeRadiee, DemandeReactivee, CoDemandeurSepare, DemandesFusionnees {

    /** The movement this event writes to the journal (SNE ListeTypeFichier). */
    TypeMouvement type();

    /** The territory of the demande. */
    String territoire();

    /** The guichet that acted, or for which the actor acted; null when the actor acts for no guichet. */
    @Nullable String guichet();

    /** Who acted (its kind and identifier go to the movement). */
    Acteur acteur();

    /** When it happened. */
    Instant horodatage();
}
