package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * A radiated demande is active again, with its numéro and its ancienneté. After a radiation for non-renewal (e)
 * the reactivation is a renewal (movement REN, new validity one year from the reactivation); after a radiation
 * for no answer (c) it only lifts the radiation (movement MOD, validity unchanged).
 *
 * @param guichet            the guichet that reactivates it, null for the gestionnaire territorial
 * @param motifLeve          the motive of the radiation lifted
 * @param dateRenouvellement the reactivation date when it renews the demande (motive e), else null
 */
public record DemandeReactivee(NumeroUnique numeroUnique, String territoire, @Nullable String guichet, Acteur acteur,
        Instant horodatage, int versionAttendue, MotifRadiation motifLeve, @Nullable LocalDate dateRenouvellement,
        LocalDate dateFinValidite) implements EvenementDemande {

    @Override
    public TypeMouvement type() {
        return motifLeve == MotifRadiation.NON_RENOUVELLEMENT ? TypeMouvement.REN : TypeMouvement.MOD;
    }
}
