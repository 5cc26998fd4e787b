package fr.sne.gestion.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.gestion.domaine.StockVisibilite;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.TypeActeur;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * Whether the applicants of a territory see their events (the registry turned it on département by département;
 * Île-de-France is one territory): the gestionnaire territorial decides for his territory, the national
 * administrator for any.
 */
@Service
public class ReglerVisibiliteDemandeur {

    private final StockVisibilite stock;
    private final ReferentielGeographique referentiel;
    private final Clock horloge;

    ReglerVisibiliteDemandeur(StockVisibilite stock, ReferentielGeographique referentiel, Clock horloge) {
        this.stock = stock;
        this.referentiel = referentiel;
        this.horloge = horloge;
    }

    /** The settings the actor administers: his territory's (off when never set), or, nationally, every one set. */
    @Transactional(readOnly = true)
    public List<StockVisibilite.Reglage> lister(Acteur acteur) {
        exigerAdministrateur(acteur);
        if (acteur.national()) {
            return stock.reglages(null);
        }
        List<String> territoires = acteur.territoires().stream().sorted().toList();
        Map<String, StockVisibilite.Reglage> lus = new TreeMap<>();
        stock.reglages(territoires).forEach(r -> lus.put(r.territoire(), r));
        List<StockVisibilite.Reglage> reglages = new ArrayList<>();
        for (String t : territoires) {
            reglages.add(lus.getOrDefault(t, new StockVisibilite.Reglage(t, false, null, null)));
        }
        return reglages;
    }

    /**
     * @throws AccesRefuseException     an actor who administers no territory, or not this one
     * @throws DonneesInvalidesException an unknown territory
     */
    @Transactional
    public void executer(Acteur acteur, String territoire, boolean visibleDemandeur) {
        exigerAdministrateur(acteur);
        if (referentiel.territoire(territoire).isEmpty()) {
            throw new DonneesInvalidesException(List.of(new ErreurChamp("territoire", CodeMotif.CODE_INCONNU,
                    CodeMotif.CODE_INCONNU.message(Map.of("code", territoire.length() > 10
                            ? territoire.substring(0, 10) : territoire, "liste", "Territoire")))));
        }
        if (!acteur.couvre(territoire)) {
            throw new AccesRefuseException(CodeMotif.VISIBILITE_HORS_TERRITOIRE,
                    CodeMotif.VISIBILITE_HORS_TERRITOIRE.message(Map.of("territoire", territoire)));
        }
        stock.regler(territoire, visibleDemandeur, acteur.identifiant(), horloge.instant());
    }

    private static void exigerAdministrateur(Acteur acteur) {
        if (acteur.type() != TypeActeur.GESTIONNAIRE_TERRITORIAL
                && acteur.type() != TypeActeur.ADMINISTRATEUR_NATIONAL) {
            throw new AccesRefuseException(CodeMotif.ACCES_REFUSE, "Ce que voient les demandeurs d'un territoire "
                    + "est réglé par son gestionnaire territorial ou par l'administration nationale.");
        }
    }
}
