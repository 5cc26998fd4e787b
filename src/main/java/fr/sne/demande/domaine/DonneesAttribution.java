package fr.sne.demande.domaine;

import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The data of R441-2-9 CCH that a radiation for attribution (a) carries, and what the anonymous attribution fact
 * needs: the dwelling's RPLS id, the accord collectif, whether the household is recognised prioritaire DALO, the
 * contingent charged, whether the dwelling lies in a quartier prioritaire de la ville, and the designating
 * réservataire (its id in the territory's list) when the dwelling is charged to one.
 */
public record DonneesAttribution(String identifiantRpls, AccordCollectif accordCollectif, boolean prioritaireDalo,
        Contingent contingent, boolean qpv, @Nullable Long reservataire) implements DonneesRadiation {

    private static final Pattern RPLS = Pattern.compile("[0-9A-Za-z]{1,20}");

    public DonneesAttribution {
        Objects.requireNonNull(accordCollectif);
        Objects.requireNonNull(contingent);
        if (!identifiantRplsBienForme(identifiantRpls)) {
            throw new IllegalArgumentException("identifiant RPLS mal formé : " + identifiantRpls);
        }
        if (reservataire != null && reservataire < 1) {
            throw new IllegalArgumentException("réservataire " + reservataire);
        }
    }

    /** An RPLS id: 1 to 20 letters or digits. */
    public static boolean identifiantRplsBienForme(@Nullable String valeur) {
        return valeur != null && RPLS.matcher(valeur).matches();
    }

    @Override
    public boolean convientA(MotifRadiation motif) {
        return motif == MotifRadiation.ATTRIBUTION;
    }
}
