package fr.sne.demande.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.DemandeTrouvee;
import fr.sne.demande.domaine.Identite;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.application.port.RechercheDemandes;

/**
 * An agent looks for demandes: by numéro unique, or by the birth name of an adult of the demande, optionally with
 * his first names and birth date. Names are compared folded (accents, case, punctuation) as the duplicate search
 * compares them ({@link Identite#normaliser}); first names match when the adult's begin with those typed, word by
 * word. Only the demandes the actor may see are searched ({@link VisibiliteDemandes}, R441-2-6 CCH), 20 a page,
 * most recent deposit first. Each demande of the page shown is recorded in the access journal, in the same
 * statement as the search.
 */
@Service
public class RechercherDemandes {

    /** Results per page. */
    public static final int TAILLE_PAGE = 20;
    /** Beyond this page a search is refused: narrow it instead (it also bounds the offset). */
    public static final int PAGE_MAX = 500;

    private final RechercheDemandes recherche;
    private final VisibiliteDemandes visibilite;
    private final Clock horloge;

    RechercherDemandes(RechercheDemandes recherche, VisibiliteDemandes visibilite, Clock horloge) {
        this.recherche = recherche;
        this.visibilite = visibilite;
        this.horloge = horloge;
    }

    /** What the agent typed, as typed (every field may be null or blank). */
    public record Criteres(@Nullable String numero, @Nullable String nom, @Nullable String prenom,
            @Nullable String dateNaissance, @Nullable String page) {
    }

    /** A page of results: its lines, the total, the page number (from 1) and the number of pages. */
    public record Resultats(List<DemandeTrouvee> lignes, long total, int page, int pages) {
    }

    /**
     * @throws DonneesInvalidesException field by field ({@code numero}, {@code nom}, {@code prenom},
     *                                   {@code dateNaissance}, {@code page}), nothing searched nor journaled
     */
    @Transactional
    public Resultats executer(Criteres criteres, Acteur acteur) {
        List<ErreurChamp> erreurs = new ArrayList<>();
        String numero = numero(criteres.numero(), erreurs);
        String nom = nom("nom", criteres.nom(), erreurs);
        String prenoms = nom("prenom", criteres.prenom(), erreurs);
        LocalDate naissance = date(criteres.dateNaissance(), erreurs);
        int page = page(criteres.page(), erreurs);
        if (numero == null && nom == null && erreurs.isEmpty()) {
            erreurs.add(new ErreurChamp("nom", CodeMotif.OBLIGATOIRE,
                    "Saisissez un numéro unique, ou le nom de naissance d'un demandeur ou co-demandeur."));
        }
        if (nom == null && erreurs.isEmpty() && (prenoms != null || naissance != null)) {
            erreurs.add(new ErreurChamp("nom", CodeMotif.OBLIGATOIRE,
                    "Le prénom et la date de naissance complètent le nom de naissance : saisissez-le aussi."));
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        RechercheDemandes.Page trouvees = recherche.rechercher(visibilite.predicat(acteur, "d.territoire"),
                numero, nom, prenoms, naissance, TAILLE_PAGE, (long) (page - 1) * TAILLE_PAGE, acteur,
                Instant.now(horloge));
        int pages = (int) Math.max(1, (trouvees.total() + TAILLE_PAGE - 1) / TAILLE_PAGE);
        return new Resultats(trouvees.lignes(), trouvees.total(), page, pages);
    }

    private static @Nullable String numero(@Nullable String saisi, List<ErreurChamp> erreurs) {
        if (saisi == null || saisi.isBlank()) {
            return null;
        }
        String numero = saisi.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (!NumeroUnique.estBienForme(numero)) {
            erreurs.add(new ErreurChamp("numero", CodeMotif.FORMAT_INVALIDE, "Un numéro unique compte 18 caractères : "
                    + "territoire, mois, année, séquence et guichet, par exemple 0591126000001G5901."));
            return null;
        }
        return numero;
    }

    private static @Nullable String nom(String champ, @Nullable String saisi, List<ErreurChamp> erreurs) {
        if (saisi == null || saisi.isBlank()) {
            return null;
        }
        int avant = erreurs.size();
        TexteSaisi.verifier(champ, saisi, TexteSaisi.MAX_NOM, erreurs);
        if (erreurs.size() > avant) {
            return null;
        }
        String cle = Identite.normaliser(saisi);
        if (cle.isEmpty()) {
            erreurs.add(new ErreurChamp(champ, CodeMotif.FORMAT_INVALIDE, "Saisissez au moins une lettre."));
            return null;
        }
        return cle;
    }

    private static @Nullable LocalDate date(@Nullable String saisie, List<ErreurChamp> erreurs) {
        if (saisie == null || saisie.isBlank()) {
            return null;
        }
        try {
            if (saisie.length() > TexteSaisi.MAX_CODE) {
                throw new DateTimeParseException("trop longue", saisie, 0);
            }
            return LocalDate.parse(saisie.strip());
        } catch (DateTimeParseException e) {
            erreurs.add(new ErreurChamp("dateNaissance", CodeMotif.FORMAT_INVALIDE,
                    "Date de naissance attendue au format jj/mm/aaaa."));
            return null;
        }
    }

    private static int page(@Nullable String saisie, List<ErreurChamp> erreurs) {
        if (saisie == null || saisie.isBlank()) {
            return 1;
        }
        try {
            int page = saisie.length() > 6 ? -1 : Integer.parseInt(saisie.strip());
            if (page >= 1 && page <= PAGE_MAX) {
                return page;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        erreurs.add(new ErreurChamp("page", CodeMotif.HORS_BORNES, "Numéro de page entre 1 et " + PAGE_MAX
                + " : précisez votre recherche pour aller au-delà."));
        return 1;
    }
}
