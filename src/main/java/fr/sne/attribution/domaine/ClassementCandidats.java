package fr.sne.attribution.domaine;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which candidates for a dwelling are proposed: the demandes recognised as priorities (L441-1 CCH)
 * first, then by ancienneté (the earliest date de dépôt first; the numéro unique breaks ties). Cotation, where it
 * exists, will be a decision aid shown beside, not this order.
 */
public final class ClassementCandidats {

    private ClassementCandidats() {
    }

    /** A candidate as the order sees it. */
    public record Candidat(String numeroUnique, boolean prioritaire, LocalDate dateDepot) {
    }

    public static final Comparator<Candidat> ORDRE = Comparator.comparing((Candidat c) -> !c.prioritaire())
            .thenComparing(Candidat::dateDepot).thenComparing(Candidat::numeroUnique);

    /** The candidates in the order of proposal. */
    public static <C> List<C> classer(List<C> candidats, java.util.function.Function<C, Candidat> vue) {
        return candidats.stream().sorted(Comparator.comparing(vue, ORDRE)).toList();
    }
}
