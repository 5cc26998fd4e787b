package fr.sne.referentiel.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import fr.sne.referentiel.Commune;
import fr.sne.referentiel.SeuilsPremierQuartile;

/** {@link SeuilsPremierQuartile} over quartiles.csv (derived by tools/referentiel/generer.py). */
@Component
class SeuilsPremierQuartileCsv implements SeuilsPremierQuartile {

    /** Île-de-France: one territory, one threshold (its départements' region code is 11). */
    static final String ILE_DE_FRANCE = "111";
    private static final String REGION_ILE_DE_FRANCE = "11";

    private final Map<String, SeuilQuartile> seuils = new HashMap<>();
    private final List<Integer> annees;

    SeuilsPremierQuartileCsv() {
        TreeSet<Integer> lues = new TreeSet<>();
        for (String[] l : FichierReferentiel.lire("quartiles.csv", "annee", "perimetre", "nom", "q1", "q2", "q3")) {
            int annee = Integer.parseInt(l[0]);
            seuils.put(cle(l[1], annee), new SeuilQuartile(annee, l[1], l[2], Integer.parseInt(l[3])));
            lues.add(annee);
        }
        annees = List.copyOf(lues);
    }

    @Override
    public Optional<SeuilQuartile> pourCommune(Commune commune, int annee) {
        if (REGION_ILE_DE_FRANCE.equals(commune.codeRegion())) {
            return pourPerimetre(ILE_DE_FRANCE, annee);
        }
        return commune.sirenEpci() == null ? Optional.empty() : pourPerimetre(commune.sirenEpci(), annee);
    }

    @Override
    public Optional<SeuilQuartile> pourPerimetre(String perimetre, int annee) {
        return Optional.ofNullable(seuils.get(cle(perimetre, annee)));
    }

    @Override
    public List<SeuilQuartile> deLAnnee(int annee) {
        return seuils.values().stream().filter(s -> s.annee() == annee)
                .sorted(java.util.Comparator.comparing(SeuilQuartile::perimetre)).toList();
    }

    @Override
    public List<Integer> annees() {
        return annees;
    }

    private static String cle(String perimetre, int annee) {
        return annee + ":" + perimetre;
    }
}
