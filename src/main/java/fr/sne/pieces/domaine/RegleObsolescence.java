package fr.sne.pieces.domaine;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * When a piece of a category becomes too old to be used, judged from the day it was lodged (the only date the
 * registry knows of every piece): never; when lodged before the {@code n} last calendar years (a tax notice "older
 * than the two last years"); or when lodged more than a period ago (a pay slip after six months). Written as a code
 * ({@link #code()}): {@code AUCUNE}, {@code ANNEES:<n>}, {@code DUREE:<ISO-8601 period>}.
 */
public sealed interface RegleObsolescence {

    /** Whether a piece lodged on {@code deposeeLe} is obsolete on {@code aujourdhui}. */
    boolean obsolete(LocalDate deposeeLe, LocalDate aujourdhui);

    /** The rule as written in the plan. */
    String code();

    /** A piece of this category never becomes obsolete by age. */
    record Aucune() implements RegleObsolescence {

        @Override
        public boolean obsolete(LocalDate deposeeLe, LocalDate aujourdhui) {
            return false;
        }

        @Override
        public String code() {
            return "AUCUNE";
        }
    }

    /**
     * Obsolete when lodged before the {@code annees} last calendar years: with 2, in 2026, a piece lodged in 2024 or
     * later is current, one lodged in 2023 obsolete.
     */
    record AnneesCiviles(int annees) implements RegleObsolescence {

        public AnneesCiviles {
            if (annees < 1 || annees > 9) {
                throw new IllegalArgumentException("nombre d'années hors de 1 à 9 : " + annees);
            }
        }

        @Override
        public boolean obsolete(LocalDate deposeeLe, LocalDate aujourdhui) {
            return deposeeLe.getYear() < aujourdhui.getYear() - annees;
        }

        @Override
        public String code() {
            return "ANNEES:" + annees;
        }
    }

    /** Obsolete once more than {@code duree} has passed since it was lodged. */
    record Duree(Period duree) implements RegleObsolescence {

        public Duree {
            if (duree.isNegative() || duree.isZero()) {
                throw new IllegalArgumentException("durée nulle ou négative : " + duree);
            }
        }

        @Override
        public boolean obsolete(LocalDate deposeeLe, LocalDate aujourdhui) {
            return deposeeLe.plus(duree).isBefore(aujourdhui);
        }

        @Override
        public String code() {
            return "DUREE:" + duree;
        }
    }

    /**
     * Reads a rule's code.
     *
     * @throws IllegalArgumentException a code that is none of the three forms
     */
    static RegleObsolescence lire(String code) {
        if (code.equals("AUCUNE")) {
            return new Aucune();
        }
        if (code.matches("ANNEES:[1-9]")) {
            return new AnneesCiviles(Integer.parseInt(code.substring("ANNEES:".length())));
        }
        if (code.matches("DUREE:P[0-9]{1,3}[YMD]")) {
            try {
                return new Duree(Period.parse(code.substring("DUREE:".length())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("règle d'obsolescence illisible : " + code, e);
            }
        }
        throw new IllegalArgumentException("règle d'obsolescence inconnue : " + code);
    }
}
