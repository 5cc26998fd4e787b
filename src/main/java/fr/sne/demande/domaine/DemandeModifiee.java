package fr.sne.demande.domaine;

import java.time.Instant;
import java.util.List;

/**
 * A guichet changed the content of an active demande (movement MOD). The numéro and the date de dépôt never
 * change; no attestation is issued for a modification.
 *
 * @param versionAttendue the version the change was based on (optimistic locking)
 * @param rubriques       the rubrics of the content that changed (names of {@link ContenuDemande}'s fields)
 */
public record DemandeModifiee(NumeroUnique numeroUnique, String territoire, String guichet, String acteur,
        Instant horodatage, int versionAttendue, ContenuDemande contenu, List<String> rubriques)
        implements EvenementDemande {

    public DemandeModifiee {
        rubriques = List.copyOf(rubriques);
    }

    @Override
    public TypeMouvement type() {
        return TypeMouvement.MOD;
    }
}
