package fr.sne.demande.domaine.nir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;

/**
 * Numéro d'inscription au répertoire (NIR, "numéro de sécurité sociale") as written on the Cerfa:
 * 13 characters + 2-digit key, normalised to 15 upper-case characters without spaces.
 *
 * <pre>
 *  S  AA  MM  LLLLL  OOO  CC
 *  |  |   |   |      |    +-- key = 97 - (N mod 97), Corsica 2A -> 19, 2B -> 18
 *  |  |   |   |      +------- order number 001-999
 *  |  |   |   +-------------- birth place: département (2 chars, 2A/2B) + commune (3 digits);
 *  |  |   |                   overseas 97x + 2 digits; abroad 99 + country code
 *  |  |   +------------------ month 01-12, or 20-42 / 50-99 (incomplete civil records)
 *  |  +---------------------- year (2 digits, century unknown)
 *  +------------------------- 1 man, 2 woman; 7 / 8 temporary number (NIA)
 * </pre>
 *
 * Pure domain value: no Spring. {@link #toString()} masks the number (the NIR must not leak into logs).
 */
public record Nir(String valeur) {

    public static final String CODE_FORMAT = CodeMotif.NIR_FORMAT.name();
    public static final String CODE_CLE = CodeMotif.NIR_CLE.name();
    public static final String CODE_MOIS = CodeMotif.NIR_MOIS.name();
    public static final String CODE_SEXE = CodeMotif.NIR_SEXE.name();

    public static final String INCOHERENCE_SEXE = CodeMotif.NIR_SEXE_INCOHERENT.name();
    public static final String INCOHERENCE_NAISSANCE = CodeMotif.NIR_NAISSANCE_INCOHERENTE.name();
    public static final String INCOHERENCE_LIEU = CodeMotif.NIR_LIEU_INCOHERENT.name();

    /** First year of birth for which Corsica is coded 2A / 2B (before: département 20). */
    public static final int PREMIERE_ANNEE_CORSE_2A_2B = 1976;

    private static final long CORSE_2A_DELTA = 1_000_000L;
    private static final long CORSE_2B_DELTA = 2_000_000L;

    /**
     * Canonical constructor: only accepts an already valid, normalised value.
     *
     * @throws IllegalArgumentException if the value is not a valid normalised NIR
     *         (use {@link #analyser(String)} for user input)
     */
    public Nir {
        Objects.requireNonNull(valeur, "valeur");
        ResultatNir.Invalide erreur = verifier(valeur);
        if (erreur != null) {
            throw new IllegalArgumentException(erreur.code() + " : " + erreur.message());
        }
    }

    /** Factory for trusted input (e.g. read back from the database): normalises, throws when invalid. */
    public static Nir de(String saisie) {
        return new Nir(normaliser(saisie));
    }

    /**
     * Analyses user input: spaces (also non-breaking) are removed, letters upper-cased.
     * Never throws on bad input; {@code null} or blank gives {@link #CODE_FORMAT}.
     */
    public static ResultatNir analyser(@Nullable String saisie) {
        String normalise = normaliser(saisie);
        ResultatNir.Invalide erreur = verifier(normalise);
        return erreur != null ? erreur : new ResultatNir.Valide(new Nir(normalise));
    }

    // ---------------------------------------------------------------- parts

    /** {@code true} for a temporary number (NIA, first digit 7 or 8). */
    public boolean estTemporaire() {
        char c = valeur.charAt(0);
        return c == '7' || c == '8';
    }

    /** 'M' (digits 1 and 7) or 'F' (digits 2 and 8). */
    public char sexe() {
        char c = valeur.charAt(0);
        return c == '1' || c == '7' ? 'M' : 'F';
    }

    /** Two-digit year of birth (0-99); the century is not encoded. */
    public int anneeNaissance() {
        return Integer.parseInt(valeur.substring(1, 3));
    }

    /** Month as coded (1-12, or 20-42 / 50-99 when the civil record is incomplete). */
    public int moisCode() {
        return Integer.parseInt(valeur.substring(3, 5));
    }

    /** {@code true} when the coded month is a real month (01-12). */
    public boolean moisConnu() {
        int m = moisCode();
        return m >= 1 && m <= 12;
    }

    /** Département of birth as coded: "59", "2A", "97" (overseas: see {@link #lieuNaissance()}), "99" abroad. */
    public String departementNaissance() {
        return valeur.substring(5, 7);
    }

    /** The 5-character place of birth (INSEE commune code, or 99 + country code). */
    public String lieuNaissance() {
        return valeur.substring(5, 10);
    }

    public boolean estNeALEtranger() {
        return "99".equals(departementNaissance());
    }

    public boolean estNeEnCorse() {
        String d = departementNaissance();
        return "2A".equals(d) || "2B".equals(d) || "20".equals(d);
    }

    /** Order number 1-999. */
    public int numeroOrdre() {
        return Integer.parseInt(valeur.substring(10, 13));
    }

    public int cle() {
        return Integer.parseInt(valeur.substring(13, 15));
    }

    /** Readable grouping "1 84 12 76 451 089 46". */
    public String formate() {
        return valeur.charAt(0) + " " + valeur.substring(1, 3) + " " + valeur.substring(3, 5) + " "
                + valeur.substring(5, 7) + " " + valeur.substring(7, 10) + " " + valeur.substring(10, 13) + " "
                + valeur.substring(13, 15);
    }

    /** Masked form for retained copies and logs: sex, year and month only ("1 84 12 ** *** *** **"). */
    public String masque() {
        return valeur.charAt(0) + " " + valeur.substring(1, 3) + " " + valeur.substring(3, 5) + " ** *** *** **";
    }

    @Override
    public String toString() {
        return "Nir[" + masque() + "]";
    }

    // ---------------------------------------------------------------- coherence with the person

    /**
     * Coherence of a valid NIR with the declared sex and date of birth.
     *
     * @param sexe 'M' or 'F' (case-insensitive); any other value skips the sex check
     * @param dateNaissance may be {@code null} (birth checks skipped)
     * @return the incoherence codes found ({@link #INCOHERENCE_SEXE}, {@link #INCOHERENCE_NAISSANCE},
     *         {@link #INCOHERENCE_LIEU}), empty when coherent
     */
    public static List<String> incoherences(Nir nir, char sexe, @Nullable LocalDate dateNaissance) {
        Objects.requireNonNull(nir, "nir");
        List<String> codes = new ArrayList<>(3);
        char s = Character.toUpperCase(sexe);
        if ((s == 'M' || s == 'F') && s != nir.sexe()) {
            codes.add(INCOHERENCE_SEXE);
        }
        if (dateNaissance != null) {
            boolean anneeOk = nir.anneeNaissance() == dateNaissance.getYear() % 100;
            boolean moisOk = !nir.moisConnu() || nir.moisCode() == dateNaissance.getMonthValue();
            if (!anneeOk || !moisOk) {
                codes.add(INCOHERENCE_NAISSANCE);
            }
            String dep = nir.departementNaissance();
            boolean corseLettre = "2A".equals(dep) || "2B".equals(dep);
            if (corseLettre && dateNaissance.getYear() < PREMIERE_ANNEE_CORSE_2A_2B
                    || "20".equals(dep) && dateNaissance.getYear() >= PREMIERE_ANNEE_CORSE_2A_2B) {
                codes.add(INCOHERENCE_LIEU);
            }
        }
        return List.copyOf(codes);
    }

    /** Instance shortcut for {@link #incoherences(Nir, char, LocalDate)}. */
    public List<String> incoherencesAvec(char sexeDeclare, @Nullable LocalDate dateNaissance) {
        return incoherences(this, sexeDeclare, dateNaissance);
    }

    // ---------------------------------------------------------------- internals

    static String normaliser(@Nullable String saisie) {
        if (saisie == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(15);
        saisie.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
        return sb.toString();
    }

    /** Checks a normalised value; order: format, sex, month, key. Returns {@code null} when valid. */
    private static ResultatNir.@Nullable Invalide verifier(String v) {
        if (v.length() != 15) {
            return new ResultatNir.Invalide(CODE_FORMAT,
                    "Le NIR doit comporter 15 caractères (13 chiffres et une clé de 2 chiffres) ; "
                            + v.length() + " caractère(s) saisi(s).");
        }
        for (int i = 0; i < 15; i++) {
            char c = v.charAt(i);
            boolean lettreCorse = i == 6 && (c == 'A' || c == 'B') && v.charAt(5) == '2';
            if (!estChiffre(c) && !lettreCorse) {
                return new ResultatNir.Invalide(CODE_FORMAT,
                        "Le NIR ne doit contenir que des chiffres (sauf 2A ou 2B pour la Corse) : "
                                + "caractère invalide en position " + (i + 1) + ".");
            }
        }
        if ("000".equals(v.substring(10, 13))) {
            return new ResultatNir.Invalide(CODE_FORMAT,
                    "Le numéro d'ordre du NIR (positions 11 à 13) doit être compris entre 001 et 999.");
        }
        char sexe = v.charAt(0);
        if (sexe != '1' && sexe != '2' && sexe != '7' && sexe != '8') {
            return new ResultatNir.Invalide(CODE_SEXE,
                    "Le premier chiffre du NIR doit être 1 (homme) ou 2 (femme), ou 7 / 8 pour un numéro provisoire.");
        }
        if (!moisPossible(Integer.parseInt(v.substring(3, 5)))) {
            return new ResultatNir.Invalide(CODE_MOIS,
                    "Le mois de naissance du NIR (positions 4 et 5) est impossible : il doit être compris "
                            + "entre 01 et 12, ou entre 20 et 42 ou 50 et 99 pour un état civil incomplet.");
        }
        if (Integer.parseInt(v.substring(13, 15)) != cleCalculee(v.substring(0, 13))) {
            return new ResultatNir.Invalide(CODE_CLE,
                    "La clé du NIR (2 derniers chiffres) ne correspond pas au numéro saisi.");
        }
        return null;
    }

    private static boolean estChiffre(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean moisPossible(int mois) {
        return (mois >= 1 && mois <= 12) || (mois >= 20 && mois <= 42) || (mois >= 50 && mois <= 99);
    }

    /**
     * Key of the 13 first characters. Corsica: the letter is read as 0 and 1,000,000 (2A) or 2,000,000 (2B)
     * subtracted, which is the same as reading 2A as 19 and 2B as 18.
     */
    static int cleCalculee(String treize) {
        long delta = switch (treize.substring(5, 7)) {
            case "2A" -> CORSE_2A_DELTA;
            case "2B" -> CORSE_2B_DELTA;
            default -> 0L;
        };
        long n = Long.parseLong(treize.replace('A', '0').replace('B', '0')) - delta;
        return (int) (97 - (n % 97));
    }
}
