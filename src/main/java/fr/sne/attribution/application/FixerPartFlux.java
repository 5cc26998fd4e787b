package fr.sne.attribution.application;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.PartFlux;
import fr.sne.attribution.domaine.PartFluxRegistre;
import fr.sne.attribution.domaine.PartsFluxBailleur;
import fr.sne.attribution.domaine.ReservataireInscrit;
import fr.sne.attribution.domaine.ReservataireRegistre;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;

/**
 * Sets a réservataire's share of a bailleur's flux for a year (décret 2020-145), the gestionnaire territorial's act:
 * the bailleur must own stock in the réservataire's territory, and the shares of that bailleur and year must keep
 * to the legal caps (préfet ≤ 30 %, of which State agents ≤ 5 %; all together ≤ 100 %), checked under a lock of
 * the bailleur and year. A refusal writes nothing.
 */
@Service
public class FixerPartFlux {

    private final ReservataireRegistre registre;
    private final PartFluxRegistre parts;
    private final ReservataireBailleurs bailleurs;

    FixerPartFlux(ReservataireRegistre registre, PartFluxRegistre parts, ReservataireBailleurs bailleurs) {
        this.registre = registre;
        this.parts = parts;
        this.bailleurs = bailleurs;
    }

    /**
     * @return the share set, with the shares of the bailleur and year after it
     * @throws DonneesInvalidesException a bailleur out of the territory ({@code siren}), a cap exceeded ({@code part})
     */
    @Transactional
    public PartsFluxBailleur executer(Acteur acteur, long id, PartFluxCommande commande) {
        ReservatairePerimetre.exigerGestionnaire(acteur);
        ReservataireInscrit reservataire = ReservatairePerimetre.visible(registre, acteur, id);
        if (!bailleurs.duTerritoire(reservataire.territoire()).containsKey(commande.sirenBailleur())) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("siren",
                    CodeMotif.PART_FLUX_BAILLEUR_HORS_TERRITOIRE, CodeMotif.PART_FLUX_BAILLEUR_HORS_TERRITOIRE.message(
                            Map.of("siren", commande.sirenBailleur(), "territoire", reservataire.territoire())))));
        }
        PartsFluxBailleur actuelles = parts.verrouiller(commande.sirenBailleur(), commande.annee());
        PartFlux fixee = actuelles.fixer(id, reservataire.categorie(), commande.part())
                .ouSinon(refus -> new DonneesInvalidesException(List.of(new ErreurChamp("part", refus.code(),
                        refus.message()))));
        parts.enregistrer(fixee, acteur.identifiant());
        return parts.verrouiller(commande.sirenBailleur(), commande.annee());
    }
}
