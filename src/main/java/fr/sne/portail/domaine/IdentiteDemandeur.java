package fr.sne.portail.domaine;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The identity the provider vouched for at sign-in (FranceConnect's pivot identity): what the portal shows and
 * pre-fills, never a proof that the person is the applicant of a demande (that is the attachment's business).
 *
 * @param prenoms        given names, as the provider writes them
 * @param nom            family (birth) name
 * @param dateNaissance  birth date, when given
 * @param courriel       e-mail address, when given
 */
public record IdentiteDemandeur(@Nullable String prenoms, @Nullable String nom, @Nullable LocalDate dateNaissance,
        @Nullable String courriel) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @return given names and family name, for the header ("" when the provider gave neither) */
    public String nomAffiche() {
        return ((prenoms == null ? "" : prenoms) + " " + (nom == null ? "" : nom)).strip();
    }
}
