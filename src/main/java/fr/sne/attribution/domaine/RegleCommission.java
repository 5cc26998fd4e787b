package fr.sne.attribution.domaine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Refus;

/** The rules a commission's list of candidates and the answers to its attributions follow (R441-3 CCH). */
public final class RegleCommission {

    /** A commission examines at least this many demandes per dwelling, unless an exception is stated. */
    public static final int MINIMUM_CANDIDATS = 3;

    private RegleCommission() {
    }

    /**
     * At least three distinct candidates per dwelling, or a stated exception.
     *
     * @return the refusal, or empty when the list stands
     */
    public static Optional<Refus> candidats(long logement, List<String> numeros,
            @Nullable ExceptionTroisCandidats exception) {
        Set<String> vus = new HashSet<>();
        for (String numero : numeros) {
            if (!vus.add(numero)) {
                return Optional.of(Refus.de(CodeMotif.CANDIDAT_EN_DOUBLE, Map.of("numero", numero,
                        "logement", logement)));
            }
        }
        if (numeros.size() < MINIMUM_CANDIDATS && exception == null) {
            return Optional.of(Refus.de(CodeMotif.CANDIDATS_INSUFFISANTS, Map.of("logement", logement,
                    "nombre", numeros.size())));
        }
        return Optional.empty();
    }

    /**
     * A candidate's decision as the answer needs it.
     *
     * @param rang     its rank among the attributions (null for a decision that attributes nothing)
     * @param reponse  the applicant's answer so far (null when none)
     */
    public record Attribuee(String numero, @Nullable DecisionCommission decision, @Nullable Integer rang,
            @Nullable ReponseDemandeur reponse) {
    }

    /**
     * Whose turn it is to answer for a dwelling: the best ranked attribution (an attribution without rank counts as
     * rank 1; then the order of the list) whose applicant has not refused it. A refusal passes the dwelling to the
     * next ranked.
     *
     * @param attribuees the dwelling's candidates in the session's order
     */
    public static Optional<Attribuee> auTourDe(List<Attribuee> attribuees) {
        Attribuee meilleure = null;
        for (Attribuee a : attribuees) {
            if (a.decision() == null || !a.decision().attribue() || a.reponse() == ReponseDemandeur.REFUSEE) {
                continue;
            }
            if (meilleure == null || rang(a) < rang(meilleure)) {
                meilleure = a;
            }
        }
        return Optional.ofNullable(meilleure);
    }

    private static int rang(Attribuee a) {
        return a.rang() == null ? 1 : a.rang();
    }

    /**
     * May the applicant of this demande answer for the dwelling now?
     *
     * @return the refusal, or empty when he may
     */
    public static Optional<Refus> peutRepondre(long logement, String numero, List<Attribuee> attribuees) {
        Attribuee la = attribuees.stream().filter(a -> a.numero().equals(numero)).findFirst().orElse(null);
        if (la == null || la.decision() == null || !la.decision().attribue()) {
            return Optional.of(Refus.de(CodeMotif.CANDIDAT_NON_ATTRIBUTAIRE, Map.of("numero", numero,
                    "logement", logement)));
        }
        if (la.reponse() != null) {
            return Optional.of(Refus.de(CodeMotif.REPONSE_DEJA_DONNEE, Map.of("numero", numero,
                    "logement", logement)));
        }
        Attribuee tour = auTourDe(attribuees).orElseThrow();
        if (!tour.numero().equals(numero)) {
            return Optional.of(Refus.de(CodeMotif.ATTRIBUTAIRE_MIEUX_CLASSE, Map.of("numero", tour.numero(),
                    "logement", logement)));
        }
        return Optional.empty();
    }
}
