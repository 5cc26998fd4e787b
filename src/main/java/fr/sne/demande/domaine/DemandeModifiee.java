package fr.sne.demande.domaine;

import java.time.Instant;
import java.util.List;

import fr.sne.commun.acteur.Acteur;

/**
 * A guichet changed the content of an active demande (movement MOD). The numéro and the date de dépôt never
 * change; no attestation is issued for a modification.
 *
 * @param versionAttendue the version the change was based on (optimistic locking)
 * @param contenu         the new content, validated (its date de dépôt is the demande's)
 * @param rubriques       the rubrics of the content that changed (names of {@link ContenuDemande}'s fields)
 */
public record DemandeModifiee(NumeroUnique numeroUnique, String territoire, String guichet, Acteur acteur,
        Instant horodatage, int versionAttendue, ContenuValide contenu, List<String> rubriques)
        implements EvenementDemande {

    public DemandeModifiee {
        rubriques = List.copyOf(rubriques);
    }

    @Override
    public TypeMouvement type() {
        return TypeMouvement.MOD;
    }
}
