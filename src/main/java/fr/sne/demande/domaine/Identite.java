package fr.sne.demande.domaine;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The identity keys used to find the same person in two demandes: birth name and first names without
 * accents, case, hyphens or apostrophes, the birth date, and the NIR when known.
 *
 * @param nomCle     normalised birth name ("N'Diaye-Lefèvre" → "NDIAYE LEFEVRE")
 * @param prenomsCle normalised first names, in order
 */
public record Identite(String nomCle, List<String> prenomsCle, LocalDate dateNaissance, @Nullable String nir) {

    public static Identite de(String nomNaissance, String prenoms, LocalDate dateNaissance, @Nullable String nir) {
        List<String> prenomsCle = Arrays.stream(normaliser(prenoms).split(" ")).filter(p -> !p.isEmpty()).toList();
        return new Identite(normaliser(nomNaissance), prenomsCle, dateNaissance, nir);
    }

    public String premierPrenom() {
        return prenomsCle.isEmpty() ? "" : prenomsCle.getFirst();
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
        if (!nomCle.equals(autre.nomCle) || !dateNaissance.equals(autre.dateNaissance)) {
            return false;
        }
        List<String> court = prenomsCle.size() <= autre.prenomsCle.size() ? prenomsCle : autre.prenomsCle;
        List<String> long_ = court == prenomsCle ? autre.prenomsCle : prenomsCle;
        return !court.isEmpty() && long_.subList(0, court.size()).equals(court);
    }

    /** Upper-case ASCII letters and single spaces: accents, ligatures, hyphens and apostrophes folded. */
    public static String normaliser(@Nullable String texte) {
        if (texte == null) {
            return "";
        }
        String plie = texte.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE")
                .replace("œ", "oe").replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l")
                .replace("Đ", "D").replace("đ", "d");
        String sansAccents = Normalizer.normalize(plie, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return sansAccents.toUpperCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^A-Z0-9]+", " ")
                .trim();
    }
}
