package fr.sne.attribution.application;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.attribution.domaine.PartFlux;
import fr.sne.attribution.domaine.PartFluxRegistre;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;

/** Reads the réservataires of the territories the actor's scope covers, and their shares of the flux. */
@Service
public class ConsulterReservataires {

    private final ReservataireRegistre registre;
    private final PartFluxRegistre parts;

    ConsulterReservataires(ReservataireRegistre registre, PartFluxRegistre parts) {
        this.registre = registre;
        this.parts = parts;
    }

    /**
     * @param territoire the territory asked for; by default the actor's own (the national administrator names one)
     * @throws AccesRefuseException when the territory is out of the actor's scope
     */
    public List<ReservataireInscrit> lister(Acteur acteur, @Nullable String territoire) {
        return registre.duTerritoire(territoire(acteur, territoire));
    }

    /** The territory a list is of: the one asked for, checked, or the actor's own. */
    public String territoire(Acteur acteur, @Nullable String territoire) {
        String demande = ReservataireRegles.texte(territoire);
        if (demande == null) {
            if (acteur.national()) {
                throw new DonneesInvalidesException(List.of(ErreurChamp.de("territoire", CodeMotif.OBLIGATOIRE)));
            }
            return acteur.territoires().iterator().next();
        }
        if (!acteur.couvre(demande)) {
            throw new AccesRefuseException(CodeMotif.RESERVATAIRES_HORS_TERRITOIRE,
                    CodeMotif.RESERVATAIRES_HORS_TERRITOIRE.message(Map.of("territoire", demande)));
        }
        return demande;
    }

    /** @throws fr.sne.commun.RessourceIntrouvableException when unknown or out of the actor's scope */
    public ReservataireInscrit lire(Acteur acteur, long id) {
        return ReservatairePerimetre.visible(registre, acteur, id);
    }

    /** A réservataire's shares of the bailleurs' flux for a year. */
    public List<PartFlux> parts(Acteur acteur, long id, int annee) {
        ReservatairePerimetre.visible(registre, acteur, id);
        return parts.duReservataire(id, annee);
    }
}
