package fr.sne.referentiel;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A current commune or an arrondissement municipal (Paris, Lyon, Marseille) of the COG.
 *
 * @param type       "commune-actuelle" or "arrondissement-municipal"
 * @param sirenEpci  the EPCI the commune belongs to (an arrondissement: its commune's EPCI); null for the few
 *                   communes outside any EPCI (some islands, overseas collectivities)
 */
public record Commune(String code, String nom, String type, String codeDepartement, String codeRegion,
                      List<String> codesPostaux, @Nullable String sirenEpci) {

    public static final String TYPE_COMMUNE_ACTUELLE = "commune-actuelle";
    public static final String TYPE_ARRONDISSEMENT_MUNICIPAL = "arrondissement-municipal";

    public Commune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(codeDepartement, "codeDepartement");
        Objects.requireNonNull(codeRegion, "codeRegion");
        codesPostaux = List.copyOf(codesPostaux);
    }

    public boolean estArrondissementMunicipal() {
        return TYPE_ARRONDISSEMENT_MUNICIPAL.equals(type);
    }
}
