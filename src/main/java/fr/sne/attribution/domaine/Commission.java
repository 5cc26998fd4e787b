package fr.sne.attribution.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A session of the bailleur's commission d'attribution (CALEOL) and the dwellings it examines. */
public record Commission(long id, String bailleurSiren, String guichet, LocalDate dateCommission, Instant creeeLe,
        List<LogementExamine> logements) {

    public Commission {
        logements = List.copyOf(logements);
    }

    /** A dwelling examined, the exception that allows fewer than three candidates, and its candidates in order. */
    public record LogementExamine(long logementId, @Nullable ExceptionTroisCandidats exception,
            List<Candidature> candidatures) {

        public LogementExamine {
            candidatures = List.copyOf(candidatures);
        }
    }
}
