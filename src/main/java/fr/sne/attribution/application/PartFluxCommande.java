package fr.sne.attribution.application;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;

/**
 * A share of a bailleur's flux to set, parsed once at the edge (the API's path and body, the page's form) into typed
 * values; {@link #lire} gives every field error of its format at once, then those of its bounds.
 *
 * @param sirenBailleur 9 digits
 * @param annee         the year, from 2020 (décret 2020-145) to next year
 * @param part          a percentage from 0 to 100, two decimals at most
 */
public record PartFluxCommande(String sirenBailleur, int annee, BigDecimal part) {

    /** The first year of the gestion en flux (décret 2020-145 of 20 February 2020). */
    public static final int PREMIERE_ANNEE = 2020;

    /**
     * Reads a share given typed (the API's path and JSON number) or as a form's texts (the share may use a decimal
     * comma); the one parser of both.
     *
     * @param anneeCourante the current year: shares are set up to the next one
     * @throws DonneesInvalidesException field by field
     */
    public static PartFluxCommande lire(@Nullable Object siren, @Nullable Object annee, @Nullable Object part,
            Year anneeCourante) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        String s = siren == null ? null : ReservataireRegles.texte(siren.toString());
        if (s == null) {
            erreurs.add(ErreurChamp.de("siren", CodeMotif.OBLIGATOIRE));
        }
        Integer a = null;
        if (annee instanceof Integer entier) {
            a = entier;
        } else {
            String texteAnnee = annee == null ? null : ReservataireRegles.texte(annee.toString());
            if (texteAnnee == null) {
                erreurs.add(ErreurChamp.de("annee", CodeMotif.OBLIGATOIRE));
            } else if (!texteAnnee.matches("[0-9]{4}")) {
                erreurs.add(new ErreurChamp("annee", CodeMotif.FORMAT_INVALIDE, "Une année sur 4 chiffres."));
            } else {
                a = Integer.valueOf(texteAnnee);
            }
        }
        BigDecimal p = null;
        if (part instanceof BigDecimal nombre) {
            p = nombre;
        } else {
            String textePart = part == null ? null : ReservataireRegles.texte(part.toString());
            if (textePart == null) {
                erreurs.add(ErreurChamp.de("part", CodeMotif.OBLIGATOIRE));
            } else if (!textePart.matches("[0-9]{1,3}([.,][0-9]{1,2})?")) {
                erreurs.add(new ErreurChamp("part", CodeMotif.FORMAT_INVALIDE, "Un pourcentage de 0 à 100, avec au "
                        + "plus deux décimales (par exemple 12,5)."));
            } else {
                p = new BigDecimal(textePart.replace(',', '.'));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return verifier(s, a, p, anneeCourante);
    }

    /** @throws DonneesInvalidesException field by field */
    private static PartFluxCommande verifier(String siren, int annee, BigDecimal part, Year anneeCourante) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        String s = siren.strip().replace(" ", "");
        if (!ReservataireRegles.SIREN.matcher(s).matches()) {
            erreurs.add(new ErreurChamp("siren", CodeMotif.FORMAT_INVALIDE, "Le SIREN compte 9 chiffres."));
        }
        int derniere = anneeCourante.getValue() + 1;
        if (annee < PREMIERE_ANNEE || annee > derniere) {
            erreurs.add(new ErreurChamp("annee", CodeMotif.HORS_BORNES, "Une année de " + PREMIERE_ANNEE + " (décret "
                    + "2020-145, gestion en flux) à " + derniere + "."));
        }
        if (part.signum() < 0 || part.compareTo(BigDecimal.valueOf(100)) > 0
                || part.stripTrailingZeros().scale() > 2) {
            erreurs.add(new ErreurChamp("part", CodeMotif.HORS_BORNES, "Un pourcentage de 0 à 100, avec au plus deux "
                    + "décimales."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        return new PartFluxCommande(s, annee, part.stripTrailingZeros().scale() < 0 ? part.setScale(0) : part);
    }
}
