package fr.sne.attribution.application;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.Financement;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.LectureChamps;

/**
 * A dwelling to declare, parsed once at the edge (the API's body, the page's form) by {@link #lire}. What needs the
 * registry (the commune known and in the guichet's territory, the typology in its nomenclature, the réservataire of
 * the list) is {@link DeclarerLogement}'s.
 *
 * @param identifiantRpls 1 to 20 letters or digits
 * @param adresse         up to 200 characters
 * @param codeCommune     the commune's INSEE code as given (stripped)
 * @param typologie       a code as given, of ListeTypeLogement when the use case accepts it
 * @param surface         m², positive, at most 1,000, to the hundredth
 * @param loyer           €, positive, at most 100,000, to the hundredth
 * @param reservataire    the réservataire's id, if it is charged to one
 */
public record LogementCommande(String identifiantRpls, String adresse, String codeCommune, String typologie,
        BigDecimal surface, BigDecimal loyer, Financement financement, boolean qpv, boolean adapteHandicap,
        @Nullable Long reservataire) {

    static final int MAX_ADRESSE = 200;

    /**
     * Reads each field given typed (JSON) or as a form's text.
     *
     * @throws DonneesInvalidesException every field in error
     */
    public static LogementCommande lire(@Nullable Object identifiantRpls, @Nullable Object adresse,
            @Nullable Object codeCommune, @Nullable Object typologie, @Nullable Object surface, @Nullable Object loyer,
            @Nullable Object financement, @Nullable Object qpv, @Nullable Object adapteHandicap,
            @Nullable Object reservataire) {
        LectureChamps l = new LectureChamps();
        String rpls = l.texte("identifiantRpls", identifiantRpls, true);
        if (rpls != null && !rpls.matches("[0-9A-Za-z]{1,20}")) {
            l.ajouter(new ErreurChamp("identifiantRpls", CodeMotif.FORMAT_INVALIDE,
                    "L'identifiant RPLS du logement compte de 1 à 20 lettres ou chiffres."));
        }
        String a = l.texte("adresse", adresse, true);
        if (a != null && a.length() > MAX_ADRESSE) {
            l.ajouter(new ErreurChamp("adresse", CodeMotif.TAILLE, CodeMotif.TAILLE.message(Map.of("max",
                    MAX_ADRESSE))));
        }
        String commune = l.texte("codeCommune", codeCommune, true);
        String t = l.texte("typologie", typologie, true);
        BigDecimal s = montant(l, "surface", surface, new BigDecimal("1000"));
        BigDecimal y = montant(l, "loyer", loyer, new BigDecimal("100000"));
        Financement f = l.code("financement", financement, Financement.class, null, true);
        Boolean q = l.ouiNon("qpv", qpv, true);
        Boolean h = l.ouiNon("adapteHandicap", adapteHandicap, true);
        Long r = l.entier("reservataire", reservataire, false);
        if (r != null && r < 1) {
            l.ajouter(new ErreurChamp("reservataire", CodeMotif.HORS_BORNES,
                    "Identifiant de réservataire attendu (entier positif)."));
        }
        l.valider();
        return new LogementCommande(rpls, a, commune, t, s, y, f, q, h, r);
    }

    private static @Nullable BigDecimal montant(LectureChamps l, String champ, @Nullable Object valeur,
            BigDecimal max) {
        BigDecimal montant = l.decimal(champ, valeur, true);
        if (montant != null && (montant.signum() <= 0 || montant.compareTo(max) > 0 || montant.scale() > 2)) {
            l.ajouter(new ErreurChamp(champ, CodeMotif.HORS_BORNES, "Valeur positive d'au plus " + max
                    + ", au centième près."));
            return null;
        }
        return montant;
    }
}
