package fr.sne.demande.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * A demande is radiated for one of the motives of R441-2-8 CCH (movement RAD); it stays readable one year.
 *
 * @param guichet   the guichet that radiated it; null for a merge (f), the act of a gestionnaire territorial or of
 *                  the national administrator, who act for no guichet
 * @param sousMotif motive d: PLAFOND_RESSOURCES or SEJOUR_IRREGULIER
 * @param donnees   motive a: the attribution data of R441-2-9 CCH; motive f: {@code numeroUniqueConserve}; otherwise
 *                  empty
 */
public record DemandeRadiee(NumeroUnique numeroUnique, String territoire, @Nullable String guichet, Acteur acteur,
        Instant horodatage, int versionAttendue, MotifRadiation motif, @Nullable String sousMotif,
        LocalDate dateRadiation, Map<String, Object> donnees) implements EvenementDemande {

    public DemandeRadiee {
        donnees = Map.copyOf(donnees);
    }

    @Override
    public TypeMouvement type() {
        return TypeMouvement.RAD;
    }
}
