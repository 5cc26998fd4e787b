package fr.sne.attribution.application;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.LectureChamps;
import fr.sne.commun.TexteSaisi;

/**
 * A réservataire to add or change, parsed once at the edge by {@link #creation} or {@link #modification}. The name
 * not taken in the territory, the guichets admitted and free, the territory known are the use cases'
 * ({@link InscrireReservataire}, {@link ModifierReservataire}).
 *
 * @param categorie  its kind, on a creation; null on a change (the kind is fixed at creation)
 * @param siren      9 digits, or null
 * @param guichets   the codes of the guichets that act for it, upper case, each once, in order
 * @param territoire the territory as given (only the national administrator chooses it), or null
 */
public record ReservataireCommande(@Nullable ReservataireCategorie categorie, String nom, @Nullable String siren,
        List<String> guichets, @Nullable String territoire) {

    public ReservataireCommande {
        guichets = List.copyOf(guichets);
    }

    /**
     * @param guichets the codes separated by spaces, commas or semicolons
     * @throws DonneesInvalidesException every field in error
     */
    public static ReservataireCommande creation(@Nullable Object categorie, @Nullable Object nom,
            @Nullable Object siren, @Nullable Object guichets, @Nullable Object territoire) {
        return lire(true, categorie, nom, siren, guichets, territoire);
    }

    /** A change: the kind given is ignored. @throws DonneesInvalidesException every field in error */
    public static ReservataireCommande modification(@Nullable Object nom, @Nullable Object siren,
            @Nullable Object guichets) {
        return lire(false, null, nom, siren, guichets, null);
    }

    private static ReservataireCommande lire(boolean creation, @Nullable Object categorie, @Nullable Object nom,
            @Nullable Object siren, @Nullable Object guichets, @Nullable Object territoire) {
        LectureChamps l = new LectureChamps();
        ReservataireCategorie c = creation ? l.code("categorie", categorie, ReservataireCategorie.class,
                "des catégories de réservataire (" + String.join(", ", java.util.Arrays
                        .stream(ReservataireCategorie.values()).map(Enum::name).toList()) + ")", true) : null;
        String n = l.texte("nom", nom, true);
        if (n != null) {
            List<ErreurChamp> erreurs = new java.util.ArrayList<>();
            TexteSaisi.verifier("nom", n, ReservataireRegles.MAX_NOM, erreurs);
            erreurs.forEach(l::ajouter);
        }
        String s = l.texte("siren", siren, false);
        if (s != null) {
            s = s.replace(" ", "");
            if (!ReservataireRegles.SIREN.matcher(s).matches()) {
                l.ajouter(new ErreurChamp("siren", CodeMotif.FORMAT_INVALIDE, "Le SIREN compte 9 chiffres."));
            }
        }
        TreeSet<String> codes = new TreeSet<>();
        String liste = l.texte("guichets", guichets, false);
        if (liste != null) {
            for (String brut : liste.split("[\\s,;]+")) {
                String code = brut.toUpperCase(Locale.ROOT);
                if (code.isEmpty()) {
                    continue;
                }
                if (!ReservataireRegles.CODE_GUICHET.matcher(code).matches()) {
                    l.ajouter(new ErreurChamp("guichets", CodeMotif.FORMAT_INVALIDE, "Un code de guichet est la "
                            + "lettre G suivie de 4 chiffres ou lettres majuscules, par exemple G5903."));
                    break;
                }
                codes.add(code);
            }
        }
        String t = l.texte("territoire", territoire, false);
        l.valider();
        return new ReservataireCommande(c, n, s, List.copyOf(codes), t);
    }
}
