package fr.sne.attribution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the attribution chain holds about many demandes at once: the réservataires' designations (the contingent a
 * dwelling is charged to), the commissions' decisions with the applicant's answer, and the leases. For the bulk
 * exports of the {@code echanges} module. It answers without asking who reads: each caller asks
 * {@code VisibiliteDemandes} first.
 */
public interface AttributionsDemandes {

    /** For each of these demandes that has any, what the chain holds; a demande without any is absent. */
    Map<String, Attributions> attributions(Collection<String> numerosUniques);

    /** A demande's designations, decisions and leases, each in the order recorded. */
    record Attributions(List<Designation> designations, List<Decision> decisions, List<Bail> baux) {

        public Attributions {
            designations = List.copyOf(designations);
            decisions = List.copyOf(decisions);
            baux = List.copyOf(baux);
        }
    }

    /**
     * A réservataire's designation of the demande for a dwelling charged to its contingent.
     *
     * @param reservataireId        the réservataire, when the designation names one
     * @param categorieReservataire its kind (ETAT_PRIORITAIRES, COLLECTIVITE…), when known
     */
    record Designation(String identifiantRpls, String codeCommune, String guichet, @Nullable Long reservataireId,
            @Nullable String nomReservataire, @Nullable String categorieReservataire, Instant designeLe) {
    }

    /**
     * A commission's examination of the demande for a dwelling: its decision (null while not decided) and the
     * applicant's answer (ACCEPTEE, REFUSEE, null while none).
     */
    record Decision(LocalDate dateCommission, String identifiantRpls, String codeCommune, int ordre,
            @Nullable String decision, @Nullable Integer rang, @Nullable String motif, @Nullable String sousMotif,
            @Nullable Instant decideeLe, @Nullable String reponse, @Nullable String motifRefus,
            @Nullable Instant reponduLe) {
    }

    /** A lease signed on a dwelling. */
    record Bail(LocalDate dateSignature, String identifiantRpls, String codeCommune, String contingent,
            @Nullable Long reservataireId, String accordCollectif, boolean prioritaireDalo, String guichet) {
    }
}
