package fr.sne.referentiel.internal;

import static fr.sne.bench.LigneResultat.nombre;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.sne.commun.NormalisationTexte;
import fr.sne.referentiel.Commune;

/**
 * Time of one search of the commune autocomplete ({@code ReferentielGeographiqueCsv.rechercherCommunes}) against
 * its baseline measured in the same JVM: a bare scan of the same pre-normalised names with the same matching
 * (prefix, then word start), without the territory filter, the ordering and the cut. Each figure is printed as a
 * {@code RESULTAT} line too (contract in bench/README.md).
 */
public final class BenchCommunes {

    private static final String[] RECHERCHES = {"li", "lille", "saint", "villeneuve d", "roub", "59", "59100", "ascq"};

    public static void main(String[] args) {
        int tours = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        ReferentielGeographiqueCsv referentiel = new ReferentielGeographiqueCsv();
        List<Map.Entry<String, Commune>> noms = new ArrayList<>();
        for (Commune c : referentiel.toutesLesCommunes()) {
            noms.add(Map.entry(NormalisationTexte.ascii(c.nom()), c));
        }
        long puits = 0;
        for (int chauffe = 0; chauffe < 2; chauffe++) {
            long debut = System.nanoTime();
            for (int i = 0; i < tours; i++) {
                for (String r : RECHERCHES) {
                    puits += scan(noms, NormalisationTexte.ascii(r));
                }
            }
            double base = (System.nanoTime() - debut) / 1_000.0 / tours / RECHERCHES.length;
            debut = System.nanoTime();
            for (int i = 0; i < tours; i++) {
                for (String r : RECHERCHES) {
                    puits += referentiel.rechercherCommunes(r, null, 10).size();
                }
            }
            double france = (System.nanoTime() - debut) / 1_000.0 / tours / RECHERCHES.length;
            debut = System.nanoTime();
            for (int i = 0; i < tours; i++) {
                for (String r : RECHERCHES) {
                    puits += referentiel.rechercherCommunes(r, "059", 10).size();
                }
            }
            double territoire = (System.nanoTime() - debut) / 1_000.0 / tours / RECHERCHES.length;
            if (chauffe == 1) {
                System.out.printf("communes: %d, searches per measure: %d%n", noms.size(), tours * RECHERCHES.length);
                System.out.printf("baseline (bare scan of the names)      : %8.1f µs/search%n", base);
                System.out.printf("rechercherCommunes, all France         : %8.1f µs/search  (%.2f× baseline)%n",
                        france, france / base);
                System.out.printf("rechercherCommunes, territory 059      : %8.1f µs/search  (%.2f× baseline)%n",
                        territoire, territoire / base);
                String details = "%d communes, %d searches (%s), mean".formatted(noms.size(), tours * RECHERCHES.length,
                        String.join(", ", RECHERCHES));
                resultat("one search of the commune autocomplete, all France (rechercherCommunes, ten ordered)",
                        france, base, details);
                resultat("one search of the commune autocomplete, territory 059 (rechercherCommunes, ten ordered)",
                        territoire, base, details);
            }
        }
        if (puits == 42) {
            System.out.println();
        }
    }

    /** One figure, as the suite reads it (bench/README.md): a time per search against the bare scan. */
    private static void resultat(String mesure, double valeur, double base, String details) {
        System.out.println("RESULTAT {\"bench\":\"communes\",\"mesure\":\"" + mesure + "\",\"valeur\":"
                + nombre(valeur) + ",\"unite\":\"µs\",\"sens\":\"temps\",\"base\":\"bare scan of the same"
                + " normalised names with the same matching (no territory, no ordering, no cut)\",\"valeurBase\":"
                + nombre(base) + ",\"details\":\"" + details + "\"}");
    }


    private static int scan(List<Map.Entry<String, Commune>> noms, String cherche) {
        int n = 0;
        boolean numero = Character.isDigit(cherche.charAt(0));
        for (Map.Entry<String, Commune> e : noms) {
            if (numero ? e.getValue().code().startsWith(cherche)
                    || e.getValue().codesPostaux().stream().anyMatch(cp -> cp.startsWith(cherche))
                    : e.getKey().startsWith(cherche) || e.getKey().contains(" " + cherche)) {
                n++;
            }
        }
        return n;
    }
}
