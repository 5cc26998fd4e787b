package fr.sne.demande.domaine;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A warning sent to the applicant before a radiation for no answer (c) or irrecevabilité (d): the radiation is
 * possible one month after it (L441-2-1 CCH).
 *
 * @param canal              {@code LRAR} (registered letter with acknowledgement) or {@code AUTRE_PREUVE_DEPOT}
 * @param radiationDemandee  motive c: the guichet asks the nightly pass to radiate once the delay has passed
 */
public record Avertissement(MotifRadiation motif, @Nullable String sousMotif, LocalDate dateEnvoi, String canal,
        String guichet, boolean radiationDemandee) {

    /** One month between the warning and the radiation (L441-2-1 CCH). */
    public LocalDate radiationPossibleLe() {
        return dateEnvoi.plusMonths(1);
    }
}
