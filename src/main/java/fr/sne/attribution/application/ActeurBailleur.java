package fr.sne.attribution.application;

import java.util.Map;

import org.springframework.stereotype.Component;

import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.guichet.Bailleurs;

/** Who may act for a bailleur in the chain: a guichet linked to it ({@code guichet.bailleur_siren}). */
@Component
class ActeurBailleur {

    private final Bailleurs bailleurs;
    private final Logements logements;

    ActeurBailleur(Bailleurs bailleurs, Logements logements) {
        this.bailleurs = bailleurs;
        this.logements = logements;
    }

    /** The SIREN of the bailleur the actor's guichet belongs to; else 403. */
    String siren(Acteur acteur) {
        if (!acteur.agitPourUnGuichet()) {
            throw new AccesRefuseException(CodeMotif.GUICHET_REQUIS, CodeMotif.GUICHET_REQUIS.message());
        }
        return bailleurs.duGuichet(acteur.guichetRequis()).map(fr.sne.guichet.Bailleur::siren)
                .orElseThrow(() -> new AccesRefuseException(CodeMotif.GUICHET_SANS_BAILLEUR,
                        CodeMotif.GUICHET_SANS_BAILLEUR.message(Map.of("guichet", acteur.guichetRequis()))));
    }

    /** The dwelling, if it is this actor's bailleur's (404 unknown, 403 another bailleur's). */
    Logement logement(long id, Acteur acteur, boolean verrouiller) {
        return logement(id, siren(acteur), verrouiller);
    }

    /** The dwelling, if it is this bailleur's (its SIREN already known from {@link #siren}). */
    Logement logement(long id, String siren, boolean verrouiller) {
        Logement logement = (verrouiller ? logements.verrouiller(id) : logements.lire(id))
                .orElseThrow(() -> introuvable(id));
        if (!logement.bailleurSiren().equals(siren)) {
            throw new AccesRefuseException(CodeMotif.LOGEMENT_D_UN_AUTRE_BAILLEUR,
                    CodeMotif.LOGEMENT_D_UN_AUTRE_BAILLEUR.message(Map.of("logement", id)));
        }
        return logement;
    }

    static RessourceIntrouvableException introuvable(long logement) {
        return new RessourceIntrouvableException(CodeMotif.LOGEMENT_INTROUVABLE,
                CodeMotif.LOGEMENT_INTROUVABLE.message(Map.of("logement", logement)));
    }
}
