package fr.sne.pieces.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.HorlogeConfiguration;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.DemandeLue;
import fr.sne.demande.LectureDemandes;
import fr.sne.demande.VisibiliteDemandes;
import fr.sne.pieces.application.port.StockPieces;
import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.Piece;
import fr.sne.pieces.domaine.PlanDeClassement;
import fr.sne.pieces.domaine.Qualification;

/**
 * What the pieces' use cases share: the demande of a numéro if the actor may see it (R441-2-6 CCH, the demande
 * module's rule), else the 404 of a numéro that does not exist; and a piece as it stands today (obsolete by its
 * category's rule of the plan in force, even before the nightly pass marks it).
 */
@Component
class DemandesPieces {

    private final LectureDemandes lecture;
    private final VisibiliteDemandes visibilite;
    private final StockPlan plan;
    private final StockPieces pieces;
    private final Clock horloge;

    DemandesPieces(LectureDemandes lecture, VisibiliteDemandes visibilite, StockPlan plan, StockPieces pieces,
            Clock horloge) {
        this.lecture = lecture;
        this.visibilite = visibilite;
        this.plan = plan;
        this.pieces = pieces;
        this.horloge = horloge;
    }

    /** The demande, visible to the actor, with its data (not erased). */
    DemandeLue lire(String numeroUnique, Acteur acteur) {
        if (!numeroUnique.matches("[0-9A-Z]{18}")) {
            throw introuvable(numeroUnique);
        }
        DemandeLue demande = lecture.lire(numeroUnique)
                .filter(d -> visibilite.peutVoir(acteur, d.territoire()))
                .orElseThrow(() -> introuvable(numeroUnique));
        if (demande.donneesEffacees()) {
            throw new RessourceIntrouvableException(CodeMotif.DONNEES_EFFACEES, CodeMotif.DONNEES_EFFACEES.message());
        }
        return demande;
    }

    /** Whether the actor sees the demande of this numéro (for a piece found by its id). */
    boolean visible(String numeroUnique, Acteur acteur) {
        return lecture.lire(numeroUnique).filter(d -> !d.donneesEffacees())
                .filter(d -> visibilite.peutVoir(acteur, d.territoire())).isPresent();
    }

    /** The pieces of the demande not deleted, as they stand today. */
    List<Piece> actives(String numeroUnique) {
        PlanDeClassement courant = plan.courant();
        LocalDate aujourdhui = LocalDate.now(horloge);
        return pieces.actives(numeroUnique).stream().map(p -> aujourdhui(p, courant, aujourdhui)).toList();
    }

    /** The piece as it stands today: obsolete if marked, qualified so, or by its category's rule. */
    Piece aujourdhui(Piece p) {
        return aujourdhui(p, plan.courant(), LocalDate.now(horloge));
    }

    private static Piece aujourdhui(Piece p, PlanDeClassement courant, LocalDate aujourdhui) {
        boolean obsolete = p.obsolete() || p.qualification() == Qualification.OBSOLETE
                || courant.categorie(p.categorie()).map(Categorie::obsolescence)
                        .map(r -> r.obsolete(LocalDate.ofInstant(p.deposeeLe(), HorlogeConfiguration.FUSEAU), aujourdhui))
                        .orElse(false);
        return obsolete == p.obsolete() ? p : new Piece(p.id(), p.numeroUnique(), p.categorie(), p.personne(),
                p.pages(), p.typeMedia(), p.taille(), p.sha256(), p.guichet(), p.deposeeLe(), p.qualification(),
                true);
    }

    static RessourceIntrouvableException introuvable(String numero) {
        return new RessourceIntrouvableException("Aucune demande "
                + (numero.length() > 18 ? numero.substring(0, 18) + "…" : numero) + " sur votre territoire.");
    }
}
