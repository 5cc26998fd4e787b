package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The anonymous fact of an attribution followed by a signed lease (table {@code attribution_fait}): what the flux
 * of the réservataires, the mixité of L441-1 and the reports need, and nothing nominative but the link to the
 * numéro unique, forgotten at the erasure.
 *
 * @param source {@link Source#CHAINE} when the lease was signed through the chain, {@link Source#RADIATION} when a
 *               bailleur's own software radiated the demande for motive a
 */
public record FaitAttribution(String numeroUnique, String territoire, LocalDate dateBail, String guichet,
        @Nullable String bailleurSiren, String identifiantRpls, @Nullable String codeCommune,
        @Nullable String epciSiren, boolean qpv, @Nullable String financement, @Nullable Long reservataireId,
        String contingent, String accordCollectif, boolean prioritaireDalo, @Nullable Integer tailleMenage,
        @Nullable PositionQuartile quartile, boolean auDessusPlafond, @Nullable String motifPlafond, Source source,
        Instant enregistreLe) {

    public enum Source {
        CHAINE, RADIATION
    }
}
