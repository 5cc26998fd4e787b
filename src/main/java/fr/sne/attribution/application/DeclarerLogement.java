package fr.sne.attribution.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.Logement;
import fr.sne.attribution.domaine.Logements;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Nomenclatures;
import fr.sne.referentiel.ReferentielGeographique;

/**
 * A bailleur's guichet declares a dwelling put to attribution (R441-3 CCH): its RPLS id, address and commune (in
 * the guichet's territory), typology, surface, rent, financing, QPV or not, adapted to a handicap or not, and the
 * réservataire whose flux it is charged to. Its bailleur's guichets then list it, seek its candidates and put it
 * on a commission's agenda.
 */
@Service
public class DeclarerLogement {

    /** The typologies of ListeTypeLogement, those the demandes seek. */
    static final String LISTE_TYPOLOGIES = "ListeTypeLogement";

    private final ActeurBailleur bailleur;
    private final Logements logements;
    private final ReferentielGeographique geographie;
    private final Nomenclatures nomenclatures;
    private final Clock horloge;
    private final fr.sne.attribution.Reservataires reservataires;

    DeclarerLogement(ActeurBailleur bailleur, Logements logements, ReferentielGeographique geographie,
            Nomenclatures nomenclatures, Clock horloge, fr.sne.attribution.Reservataires reservataires) {
        this.reservataires = reservataires;
        this.bailleur = bailleur;
        this.logements = logements;
        this.geographie = geographie;
        this.nomenclatures = nomenclatures;
        this.horloge = horloge;
    }

    /**
     * Declares the dwelling: the commune must be known and of the guichet's territory, the typology of
     * ListeTypeLogement, the réservataire (if any) of the list of a territory the guichet covers.
     *
     * @throws DonneesInvalidesException the fields the registry refuses
     */
    @Transactional
    public Logement executer(LogementCommande c, Acteur acteur) {
        String siren = bailleur.siren(acteur);
        List<ErreurChamp> erreurs = new ArrayList<>();
        String territoire = null;
        Commune commune = geographie.commune(c.codeCommune()).orElse(null);
        if (commune == null || !commune.code().equals(c.codeCommune())) {
            erreurs.add(new ErreurChamp("codeCommune", CodeMotif.COMMUNE_INCONNUE,
                    CodeMotif.COMMUNE_INCONNUE.message(Map.of("code", c.codeCommune()))));
        } else {
            territoire = geographie.territoireDeCommune(commune).code();
            if (!acteur.couvre(territoire)) {
                erreurs.add(new ErreurChamp("codeCommune", CodeMotif.HORS_TERRITOIRE_GUICHET,
                        CodeMotif.HORS_TERRITOIRE_GUICHET.message(Map.of("territoire", territoire,
                                "guichet", acteur.guichetRequis(),
                                "territoireGuichet", String.join(", ", acteur.territoires())))));
            }
        }
        if (!nomenclatures.contient(LISTE_TYPOLOGIES, c.typologie())) {
            erreurs.add(new ErreurChamp("typologie", CodeMotif.CODE_INCONNU, CodeMotif.CODE_INCONNU.message(
                    Map.of("code", c.typologie(), "liste", LISTE_TYPOLOGIES))));
        }
        if (c.reservataire() != null) {
            // the dwelling is charged to a réservataire of the list of its territory (ADR 0015)
            ReservatairePerimetre.horsListe(reservataires, c.reservataire(), acteur::couvre, "reservataire")
                    .ifPresent(erreurs::add);
        }
        if (!erreurs.isEmpty()) {
            throw new DonneesInvalidesException(erreurs);
        }
        Instant maintenant = Instant.now(horloge).truncatedTo(ChronoUnit.MICROS);
        long id = logements.declarer(new Logements.NouveauLogement(siren, acteur.guichetRequis(), territoire,
                c.identifiantRpls(), c.adresse(), c.codeCommune(), c.typologie(), c.surface(), c.loyer(),
                c.financement(), c.qpv(), c.adapteHandicap(), c.reservataire()), maintenant);
        return logements.lire(id).orElseThrow();
    }

    /** A bailleur's dwellings, the latest first. */
    @Transactional(readOnly = true)
    public List<Logement> lister(Acteur acteur) {
        return logements.duBailleur(bailleur.siren(acteur), 200);
    }

    /** One of the bailleur's dwellings. */
    @Transactional(readOnly = true)
    public Logement consulter(long id, Acteur acteur) {
        return bailleur.logement(id, acteur, false);
    }
}
