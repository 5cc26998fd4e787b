package fr.sne.demande.domaine;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.NormalisationTexte;

/**
 * The identity keys used to find the same person in two demandes: birth name and first names without
 * accents, case, hyphens or apostrophes, the birth date, and the NIR when known.
 *
 * @param nomCle     normalised birth name ("N'Diaye-Lefèvre" → "NDIAYE LEFEVRE")
 * @param prenomsCle normalised first names, in order
 */
public record Identite(String nomCle, List<String> prenomsCle, LocalDate dateNaissance, @Nullable String nir) {

    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");

    public static Identite de(String nomNaissance, String prenoms, LocalDate dateNaissance, @Nullable String nir) {
        List<String> prenomsCle = Arrays.stream(normaliser(prenoms).split(" ")).filter(p -> !p.isEmpty()).toList();
        return new Identite(normaliser(nomNaissance), prenomsCle, dateNaissance, nir);
    }

    /** Same non-empty birth name key and same birth date: an empty key (a name without letters) matches nothing. */
    public boolean memeNomEtDateDeNaissance(Identite autre) {
        return !nomCle.isEmpty() && nomCle.equals(autre.nomCle) && dateNaissance.equals(autre.dateNaissance);
    }

    /** Same NIR, both known. */
    public boolean memeNir(Identite autre) {
        return nir != null && nir.equals(autre.nir);
    }

    /**
     * Same person: same NIR when both are known; otherwise same birth name, same birth date, and first names
     * one of which begins the other ("MARIE" and "MARIE CLAIRE" match; "MARIE ANNE" and "MARIE LOUISE", twins
     * perhaps, do not).
     */
    public boolean designeLaMemePersonneQue(Identite autre) {
        if (nir != null && autre.nir != null) {
            return nir.equals(autre.nir);
        }
        if (!memeNomEtDateDeNaissance(autre)) {
            return false;
        }
        List<String> court = prenomsCle.size() <= autre.prenomsCle.size() ? prenomsCle : autre.prenomsCle;
        List<String> long_ = court == prenomsCle ? autre.prenomsCle : prenomsCle;
        return !court.isEmpty() && long_.subList(0, court.size()).equals(court);
    }

    /**
     * Upper-case ASCII letters and single spaces ({@link NormalisationTexte#ascii}): accents, case, ligatures,
     * hyphens and spaces folded, apostrophes dropped ("N'Diaye" → "NDIAYE"), other scripts transliterated
     * ("Петрова" → "PETROVA"). Empty when the name holds no letter: such a key designates nobody.
     */
    public static String normaliser(@Nullable String texte) {
        if (texte == null) {
            return "";
        }
        return NormalisationTexte.ascii(APOSTROPHES.matcher(texte).replaceAll(""));
    }
}
