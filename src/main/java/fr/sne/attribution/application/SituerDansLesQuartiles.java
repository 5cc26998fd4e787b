package fr.sne.attribution.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import fr.sne.attribution.domaine.SituationQuartile;
import fr.sne.attribution.domaine.RessourcesParUniteDeConsommation;
import fr.sne.demande.DemandeLue;
import fr.sne.referentiel.Commune;
import fr.sne.referentiel.ReferentielGeographique;
import fr.sne.referentiel.SeuilsPremierQuartile;
import fr.sne.referentiel.SeuilsPremierQuartile.SeuilQuartile;

/**
 * A household's annual resources per consumption unit and its position against the first-quartile threshold of a
 * commune's EPCI (Île-de-France: the region's) on a day. The thresholds of the day's year apply; when that year's
 * arrêté is not published yet, the latest earlier year's (the year used is in the answer). Always computed from the
 * demande as it is now, so that a change of resources or household is seen at once; an attribution records it at
 * decision time.
 */
@Service
public class SituerDansLesQuartiles implements fr.sne.attribution.domaine.QuartileMenage {

    private final ReferentielGeographique geographie;
    private final SeuilsPremierQuartile seuils;

    SituerDansLesQuartiles(ReferentielGeographique geographie, SeuilsPremierQuartile seuils) {
        this.geographie = geographie;
        this.seuils = seuils;
    }

    /**
     * @param codeCommune the commune whose threshold applies (the dwelling's; for a demande not attributed yet, its
     *                    first commune souhaitée); null: none, only the resources per UC
     */
    public SituationQuartile executer(DemandeLue demande, @Nullable String codeCommune, LocalDate jour) {
        List<@Nullable LocalDate> naissances = new ArrayList<>();
        demande.personnes().forEach(p -> naissances.add(p.dateNaissance()));
        BigDecimal unites = RessourcesParUniteDeConsommation.unites(naissances, jour);
        BigDecimal parUc = RessourcesParUniteDeConsommation.annuellesParUnite(demande.ressourcesMensuelles(), unites);
        Optional<SeuilQuartile> seuil = codeCommune == null ? Optional.empty()
                : geographie.commune(codeCommune).flatMap(c -> seuilApplicable(c, jour.getYear()));
        return new SituationQuartile(demande.ressourcesMensuelles(), unites, parUc, codeCommune,
                seuil.map(SeuilQuartile::perimetre).orElse(null), seuil.map(SeuilQuartile::annee).orElse(null),
                seuil.map(SeuilQuartile::q1).orElse(null),
                SituationQuartile.dansLePremierQuartile(parUc, seuil.map(SeuilQuartile::q1).orElse(null)));
    }

    /** For a demande: the threshold of its first commune souhaitée. */
    public SituationQuartile executer(DemandeLue demande, LocalDate jour) {
        return executer(demande, demande.communesSouhaitees().isEmpty() ? null : demande.communesSouhaitees().get(0),
                jour);
    }

    /** The attribution chain's port: the position when a threshold applies and the household has a UC. */
    @Override
    public Optional<fr.sne.attribution.domaine.PositionQuartile> position(DemandeLue demande, String codeCommune,
            LocalDate jour) {
        SituationQuartile s = executer(demande, codeCommune, jour);
        if (s.ressourcesAnnuellesParUc() == null || s.seuil() == null || s.anneeSeuil() == null
                || s.premierQuartile() == null) {
            return Optional.empty();
        }
        return Optional.of(new fr.sne.attribution.domaine.PositionQuartile(s.ressourcesAnnuellesParUc(),
                s.anneeSeuil(), s.seuil(), s.premierQuartile()));
    }

    private Optional<SeuilQuartile> seuilApplicable(Commune commune, int annee) {
        for (int a = annee; a >= annee - 1; a--) {
            Optional<SeuilQuartile> s = seuils.pourCommune(commune, a);
            if (s.isPresent() || seuils.annees().contains(a)) {
                return s;
            }
        }
        return Optional.empty();
    }
}
