package fr.sne.demande.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.TexteSaisi;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.demande.RemisesDemandes;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.demande.domaine.AccesDemande;
import fr.sne.demande.domaine.NumeroUnique;
import fr.sne.demande.application.port.JournalAcces;

/**
 * A gestionnaire territorial reads the access journal of his territory's demandes, the national administrator
 * everyone's (R441-2-5 CCH: the gestionnaire oversees the registry in his territory); newest first, 20 a page,
 * filtered by numéro and by agent. The agents of the guichets do not read it (they see a demande's own
 * consultations on its page). Filtered by numéro, it gives also what the guichets' software was handed out of
 * that demande (API, feed, exports), per guichet and day ({@link RemisesDemandes}).
 */
@Service
public class ConsulterJournalAcces {

    public static final int TAILLE_PAGE = 20;
    public static final int PAGE_MAX = 500;

    private final JournalAcces journal;
    private final VisibiliteDemandes visibilite;
    private final RemisesDemandes remises;

    ConsulterJournalAcces(JournalAcces journal, VisibiliteDemandes visibilite, RemisesDemandes remises) {
        this.remises = remises;
        this.journal = journal;
        this.visibilite = visibilite;
    }

    /** The filters as typed. */
    public record Filtres(@Nullable String numero, @Nullable String agent, @Nullable String page) {
    }

    /**
     * A page of the journal; {@code suivante} when there is one after it; {@code remises}: filtered by the numéro
     * of a demande the actor may see, its hand-outs to the guichets' software (else empty).
     */
    public record PageJournal(List<AccesDemande> lignes, int page, boolean suivante,
            List<RemisesDemandes.Remise> remises) {
    }

    public PageJournal executer(Filtres filtres, Acteur acteur) {
        if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.ACCES_REFUSE, "Le journal des accès est réservé au gestionnaire "
                    + "territorial et à l'administration nationale.");
        }
        List<ErreurChamp> erreurs = new ArrayList<>();
        String numero = null;
        if (filtres.numero() != null && !filtres.numero().isBlank()) {
            numero = filtres.numero().replace(" ", "").strip().toUpperCase(Locale.ROOT);
            if (!NumeroUnique.estBienForme(numero)) {
                erreurs.add(new ErreurChamp("numero", CodeMotif.FORMAT_INVALIDE, "Un numéro unique compte 18 caractères "
                        + ": territoire, mois, année, séquence et guichet."));
            }
        }
        String agent = null;
        if (filtres.agent() != null && !filtres.agent().isBlank()) {
            agent = filtres.agent().strip();
            TexteSaisi.verifier("agent", agent, TexteSaisi.MAX_NOM, erreurs);
        }
        int page = 1;
        if (filtres.page() != null && !filtres.page().isBlank()) {
            String p = filtres.page().strip();
            page = p.matches("[0-9]{1,6}") ? Integer.parseInt(p) : -1;
            if (page < 1 || page > PAGE_MAX) {
                erreurs.add(new ErreurChamp("page", CodeMotif.HORS_BORNES, "Numéro de page entre 1 et " + PAGE_MAX
                        + " : filtrez pour aller au-delà."));
            }
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        List<AccesDemande> lignes = journal.page(visibilite.predicat(acteur, "j.territoire"), numero, agent,
                TAILLE_PAGE + 1, (long) (page - 1) * TAILLE_PAGE);
        boolean suivante = lignes.size() > TAILLE_PAGE;
        List<RemisesDemandes.Remise> remisesLues = numero == null || page > 1
                || !visibilite.peutVoir(acteur, new NumeroUnique(numero)) ? List.of()
                : remises.deLaDemande(numero, ConsulterDossierDemande.CONSULTATIONS_AFFICHEES);
        return new PageJournal(suivante ? lignes.subList(0, TAILLE_PAGE) : lignes, page, suivante, remisesLues);
    }
}
