package fr.sne.demande.domaine;

/**
 * What a radiation carries beyond its motive and date, by motive: an attribution (a) the data of R441-2-9 CCH
 * ({@link DonneesAttribution}), a merge (f) the kept demande ({@link Fusion}), the other motives nothing
 * ({@link #AUCUNE}). Written in the RAD movement's {@code donneesRadiation} and the demande's row.
 */
public sealed interface DonneesRadiation permits DonneesAttribution, DonneesRadiation.Fusion, DonneesRadiation.Aucune {

    /** The data of the motives that carry none (b, c, d, e). */
    Aucune AUCUNE = new Aucune();

    /** The motive these data go with: true when a radiation for {@code motif} may carry them. */
    boolean convientA(MotifRadiation motif);

    /** A radiation that carries no data. */
    record Aucune() implements DonneesRadiation {

        @Override
        public boolean convientA(MotifRadiation motif) {
            return motif != MotifRadiation.ATTRIBUTION && motif != MotifRadiation.FUSION;
        }
    }

    /**
     * A merge (f): the demande kept, and why both were taken for one person's.
     */
    record Fusion(NumeroUnique numeroUniqueConserve, PolitiqueFusion.Critere critere) implements DonneesRadiation {

        @Override
        public boolean convientA(MotifRadiation motif) {
            return motif == MotifRadiation.FUSION;
        }
    }
}
