package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import fr.sne.commun.acteur.Acteur;

/**
 * A guichet renewed a demande with its updated content (movement REN, R441-2-7 CCH): numéro and date de dépôt
 * kept, valid one year from the renewal; an attestation de renouvellement is delivered.
 */
public record DemandeRenouvelee(NumeroUnique numeroUnique, String territoire, String guichet, Acteur acteur,
        Instant horodatage, int versionAttendue, LocalDate dateRenouvellement, LocalDate dateFinValidite,
        ContenuValide contenu, List<String> rubriques) implements EvenementDemande {

    public DemandeRenouvelee {
        rubriques = List.copyOf(rubriques);
    }

    @Override
    public TypeMouvement type() {
        return TypeMouvement.REN;
    }
}
