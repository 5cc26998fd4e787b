package fr.sne.demande;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A demande as other modules read it (the demande module's read model): what the gestion partagée and the
 * attribution chain need, never its rows. An erased demande (one year after its radiation) has no persons, no
 * resources and no wishes: only its number, territory, status and dates.
 *
 * @param statut              {@code ACTIVE} or {@code RADIEE}
 * @param version             the demande's version (its ETag), moved by every change
 * @param motifRadiation      R441-2-8 motive code (a–f) when radiated
 * @param nomDemandeur        the applicant's birth name (null when erased)
 * @param prenomsDemandeur    the applicant's first names (null when erased)
 * @param personnes           every person of the household (applicant first, then co-demandeurs, then dependants)
 * @param personnesANaitre    expected births (counted in the household size)
 * @param ressourcesMensuelles the household's declared net monthly resources (all persons, housing allowances
 *                            excluded), zero when none is declared
 * @param revenuFiscalN2      sum of the adults' revenus fiscaux de référence of year N-2, null when none is declared
 * @param revenuFiscalN1      the same for year N-1, null when none is declared
 * @param communesSouhaitees  INSEE codes in order of preference
 * @param typesLogement       typologies sought (ListeTypeLogement: T1…T6 and more)
 * @param logementAdapte      the household needs a dwelling adapted to a handicap
 */
public record DemandeLue(
        String numeroUnique,
        String territoire,
        String statut,
        int version,
        String guichetEnregistreur,
        LocalDate dateDepot,
        LocalDate dateFinValidite,
        @Nullable String motifRadiation,
        @Nullable LocalDate dateRadiation,
        boolean donneesEffacees,
        @Nullable String nomDemandeur,
        @Nullable String prenomsDemandeur,
        List<PersonneLue> personnes,
        int personnesANaitre,
        BigDecimal ressourcesMensuelles,
        @Nullable BigDecimal revenuFiscalN2,
        @Nullable BigDecimal revenuFiscalN1,
        List<String> communesSouhaitees,
        List<String> typesLogement,
        boolean logementAdapte) {

    public DemandeLue {
        personnes = List.copyOf(personnes);
        communesSouhaitees = List.copyOf(communesSouhaitees);
        typesLogement = List.copyOf(typesLogement);
    }

    /** Whether the demande is active (not radiated). */
    public boolean estActive() {
        return fr.sne.demande.domaine.StatutDemande.ACTIVE.name().equals(statut);
    }

    /** The persons to house: the household's persons and the expected births. */
    public int tailleMenage() {
        return personnes.size() + personnesANaitre;
    }

    /**
     * A person of the household as the resources per consumption unit need it.
     *
     * @param role          {@code DEMANDEUR}, {@code CO_DEMANDEUR} or {@code PERSONNE_A_CHARGE}
     * @param dateNaissance null when not given
     */
    public record PersonneLue(String role, @Nullable LocalDate dateNaissance) {
    }
}
