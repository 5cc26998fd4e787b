package fr.sne.demande;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The civil status and NIR of the demandeur of some demandes, as the registry holds them, for a module that checks
 * another administration's answer against them (the DRM, ADR 0030: any difference hides its data). Read in the
 * caller's transaction when it has one. Co-demandeurs are not given (the DRM does not fetch them yet).
 * <p>
 * For a set-based pass, the demande module also offers the view {@value #VUE_NIR_PERMANENT} (one column,
 * {@code numero_unique}): the active demandes whose demandeur has a permanent NIR.
 */
public interface IdentitesDemandeurs {

    /** The view of the active demandes whose demandeur has a permanent NIR (not a temporary one, 7 or 8). */
    String VUE_NIR_PERMANENT = "demandeur_nir_permanent";

    /** @return the demandeur of each demande found (an unknown or erased demande is absent) */
    Map<String, IdentiteDemandeur> lire(Collection<String> numeros);

    /**
     * The demandeur of a demande.
     *
     * @param active whether the demande is active (not radiated)
     * @param nir    his NIR, 15 characters, null when unknown
     * @param sexe   M or F as the Cerfa gives it, null when not given
     */
    record IdentiteDemandeur(String numeroUnique, boolean active, @Nullable String nir, String nomNaissance,
            String prenoms, LocalDate dateNaissance, @Nullable String sexe) {

        /** A NIR is known and is not a temporary number (NIA, first digit 7 or 8). */
        public boolean nirPermanent() {
            return nir != null && nir.length() == 15 && nir.charAt(0) != '7' && nir.charAt(0) != '8';
        }
    }
}
