package fr.sne.attribution.domaine;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A candidate examined for a dwelling by a commission, its decision and the applicant's answer.
 *
 * @param numeroUnique null once the demande is erased
 * @param ordre        its place in the session's list (1 first)
 */
public record Candidature(long id, long commissionId, long logementId, @Nullable String numeroUnique, int ordre,
        @Nullable DecisionCommission decision, @Nullable Integer rang, @Nullable String pieceManquante,
        @Nullable LocalDate echeance, @Nullable String motif, @Nullable String sousMotif,
        @Nullable Boolean auDessusPlafond, @Nullable String motifPlafond,
        @Nullable BigDecimal ressourcesAnnuellesUc, @Nullable Integer anneeQuartile,
        @Nullable Integer seuilPremierQuartile, @Nullable Boolean premierQuartile, @Nullable Instant decideeLe,
        @Nullable String decideePar, @Nullable ReponseDemandeur reponse, @Nullable String motifRefus,
        @Nullable Instant reponduLe) {

    /** As the rules of the answers see it. */
    public RegleCommission.Attribuee attribuee() {
        return new RegleCommission.Attribuee(numeroUnique == null ? "" : numeroUnique, decision, rang, reponse);
    }
}
