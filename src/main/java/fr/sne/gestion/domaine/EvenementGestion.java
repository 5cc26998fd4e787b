package fr.sne.gestion.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An occurrence of an event of the gestion partagée on a demande, as listed: an EVT movement read through the
 * catalogue, or an event derived from a lifecycle movement (creation, validation, renewal, radiation,
 * reactivation, warning). Not a typed domain event of the demande module ({@code EvenementDemande}).
 *
 * @param mouvement        the id of the movement it is (EVT) or is derived from
 * @param typeMouvement    that movement's type (EVT, CRE, REN, RAD, MOD…)
 * @param libelle          the catalogue's name (the code itself for a code the catalogue no longer has)
 * @param visibleDemandeur whether the catalogue shows it to the applicant
 * @param date             the day it happened
 * @param horodatage       when it was recorded
 * @param guichet          the guichet that recorded it, null when the registry did (nightly pass) or an actor
 *                         acting for no guichet
 * @param versionDemande   the demande's version the movement carries
 * @param donnees          the data it carries, by name
 */
public record EvenementGestion(long mouvement, String typeMouvement, String code, String libelle,
        boolean visibleDemandeur, OrigineEvenement origine, LocalDate date, Instant horodatage,
        @Nullable String guichet, @Nullable Integer versionDemande, @Nullable String commentaire,
        Map<String, Object> donnees) {

    public EvenementGestion {
        donnees = Map.copyOf(donnees);
    }
}
