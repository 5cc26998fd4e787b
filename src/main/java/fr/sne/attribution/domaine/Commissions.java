package fr.sne.attribution.domaine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Port: the sessions of the commissions, their candidates, decisions and the applicants' answers. */
public interface Commissions {

    /** A dwelling put on the session's agenda with its candidates in order. */
    record Inscription(long logementId, @Nullable ExceptionTroisCandidats exception, List<String> numerosUniques) {

        public Inscription {
            numerosUniques = List.copyOf(numerosUniques);
        }
    }

    /** A decision as recorded, with the ceiling examined and the household's quartile at decision time. */
    record DecisionEnregistree(DecisionCommission decision, @Nullable Integer rang, @Nullable String pieceManquante,
            @Nullable LocalDate echeance, @Nullable String motif, @Nullable String sousMotif, boolean auDessusPlafond,
            @Nullable String motifPlafond, @Nullable PositionQuartile quartile, Instant le, String guichet) {
    }

    /** @return its id */
    long creer(String bailleurSiren, String guichet, LocalDate dateCommission, Instant le,
            List<Inscription> inscriptions);

    Optional<Commission> lire(long id);

    /** A session's header: who holds it and when, without its dwellings and candidates. */
    record Entete(long id, String bailleurSiren, LocalDate dateCommission) {
    }

    /** The session's header alone (one row), for a decision that needs no more of it. */
    Optional<Entete> entete(long id);

    /** The candidature of a demande for a dwelling of a session, if it is on the session's agenda. */
    Optional<Candidature> candidature(long commissionId, long logementId, String numeroUnique);

    /** The commissions of a bailleur, the latest first. */
    List<Commission> duBailleur(String bailleurSiren, int limite);

    /** @return the candidature with its decision, as stored */
    Candidature decider(long candidature, DecisionEnregistree decision);

    void repondre(long candidature, ReponseDemandeur reponse, @Nullable String motifRefus, Instant le);

    /** Every candidature of a demande, the latest first. */
    List<Candidature> duDemande(String numeroUnique);
}
