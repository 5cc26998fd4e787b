package fr.sne.gestion.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.LectureChamps;
import fr.sne.commun.TexteSaisi;
import fr.sne.gestion.domaine.CatalogueEvenements;

/**
 * An event a guichet enters, parsed once at the edge (the API's body, the page's form) by {@link #lire}: its code,
 * its day and its comment typed; the data its code needs stay data, by name (a JSON value or a form's text), which
 * the catalogue checks against the code ({@link CatalogueEvenements#saisir}), with the day not in the future.
 *
 * @param code        a code as given, of the catalogue when the catalogue accepts it
 * @param date        from 1990
 * @param commentaire up to {@link CatalogueEvenements#MAX_COMMENTAIRE} characters, or null
 */
public record EvenementCommande(String code, LocalDate date, @Nullable String commentaire,
        Map<String, Object> donnees) {

    /** Before it, a day of the gestion partagée is a typing error. */
    static final int PREMIERE_ANNEE = 1990;

    public EvenementCommande {
        donnees = Map.copyOf(donnees);
    }

    /**
     * @param donnees the data by name, or null (none); a null value is dropped
     * @throws DonneesInvalidesException every field in error
     */
    public static EvenementCommande lire(@Nullable Object code, @Nullable Object date, @Nullable Object commentaire,
            @Nullable Map<String, ? extends @Nullable Object> donnees) {
        LectureChamps l = new LectureChamps();
        String c = l.texte("code", code, true);
        LocalDate d = l.date("date", date, true);
        if (d != null && d.getYear() < PREMIERE_ANNEE) {
            l.ajouter(ErreurChamp.de("date", CodeMotif.DATE_INVRAISEMBLABLE));
        }
        String texte = l.texte("commentaire", commentaire, false);
        List<ErreurChamp> erreurs = new ArrayList<>();
        TexteSaisi.verifier("commentaire", texte, CatalogueEvenements.MAX_COMMENTAIRE, erreurs);
        erreurs.forEach(l::ajouter);
        l.valider();
        Map<String, Object> lues = new java.util.LinkedHashMap<>();
        if (donnees != null) {
            donnees.forEach((nom, valeur) -> {
                if (valeur != null) {
                    lues.put(nom, valeur);
                }
            });
        }
        return new EvenementCommande(c, d, texte, lues);
    }
}
