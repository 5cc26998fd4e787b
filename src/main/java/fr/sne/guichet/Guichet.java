package fr.sne.guichet;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A guichet enregistreur as other modules see it.
 *
 * @param code       5 characters starting with {@code G}; the last 5 characters of each numéro unique it creates
 * @param nom        display name (attestation d'enregistrement)
 * @param type       BAILLEUR, COMMUNE, EPCI, DEPARTEMENT, ACTION_LOGEMENT, ETAT, PORTAIL...
 * @param territoire 3-character territory code: a département ({@code 059}, {@code 02A}, {@code 971}) or
 *                   {@code 111} for Île-de-France
 * @param adresse    postal address lines, the last one being "code postal + commune" when known
 * @param telephone  phone number, if any
 */
public record Guichet(String code, String nom, String type, String territoire, List<String> adresse,
        @Nullable String telephone) {

    public Guichet {
        adresse = List.copyOf(adresse);
    }
}
