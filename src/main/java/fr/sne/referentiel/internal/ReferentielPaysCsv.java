package fr.sne.referentiel.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.sne.referentiel.Pays;
import fr.sne.referentiel.ReferentielPays;
import fr.sne.referentiel.SaisiePays;

/**
 * {@link ReferentielPays} over pays.csv and pays-anciens-noms.csv.
 * <p>
 * Names are indexed by {@link NormalisationNom#cle} in decreasing order of authority: current names, official
 * names, names of obsolete countries, 2014 labels and former names; each also without its parenthesised part.
 * A key first met at a given rank keeps its country; a key that, at its first rank, designates two different
 * countries (e.g. "SERBIE-ET-MONTENEGRO") is ambiguous and resolves to nothing rather than to a guess.
 */
@Component
public class ReferentielPaysCsv implements ReferentielPays {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentielPaysCsv.class);
    private static final Pattern CODE_COG = Pattern.compile("99\\d{3}");
    private static final Pattern CODE_ISO = Pattern.compile("[A-Z]{2,3}");
    /** Marks an ambiguous key in the index. */
    private static final String AMBIGU = "";

    private final Map<String, Pays> parCode;
    private final Map<String, String> codeParCle;
    private final Map<String, String> codeParIso;
    private final List<Pays> tous;
    /** Keys of France and its DROM-COM (pays-france.csv), with and without their parenthesised part. */
    private final Set<String> clesFrance;

    public ReferentielPaysCsv() {
        long debut = System.nanoTime();
        Map<String, Pays> pays = new LinkedHashMap<>();
        Map<String, String> iso = new HashMap<>();
        List<List<String[]>> rangs = new ArrayList<>(); // each rank: pairs {name, code}
        List<String[]> noms = new ArrayList<>();
        List<String[]> nomsOfficiels = new ArrayList<>();
        List<String[]> nomsObsoletes = new ArrayList<>();
        for (String[] l : FichierReferentiel.lire("pays.csv",
                "code", "iso2", "iso3", "nom", "nomOfficiel", "actuel", "parent")) {
            boolean actuel = !"2".equals(l[5]);
            pays.put(l[0], new Pays(l[0], l[3], l[4], l[1].isEmpty() ? null : l[1], actuel));
            if (actuel) {
                noms.add(new String[] {l[3], l[0]});
                nomsOfficiels.add(new String[] {l[4], l[0]});
                // a territory may share its country's ISO code (99313 ESP, Ceuta et Melilla): the country wins
                boolean territoire = !"1".equals(l[5]);
                for (String codeIso : new String[] {l[1], l[2]}) {
                    if (!codeIso.isEmpty() && !(territoire && iso.containsKey(codeIso))) {
                        iso.put(codeIso, l[0]);
                    }
                }
            } else {
                nomsObsoletes.add(new String[] {l[3], l[0]});
                nomsObsoletes.add(new String[] {l[4], l[0]});
            }
        }
        List<String[]> anciensNoms = new ArrayList<>();
        for (String[] l : FichierReferentiel.lire("pays-anciens-noms.csv", "code", "ancienNom")) {
            if (!pays.containsKey(l[0])) {
                throw new IllegalStateException("pays-anciens-noms.csv : code inconnu " + l[0]);
            }
            anciensNoms.add(new String[] {l[1], l[0]});
        }
        rangs.add(noms);
        rangs.add(nomsOfficiels);
        rangs.add(nomsObsoletes);
        rangs.add(anciensNoms);

        Map<String, String> index = new HashMap<>();
        for (List<String[]> rang : rangs) {
            indexer(index, rang, false);
            indexer(index, rang, true);
        }
        Set<String> france = new HashSet<>();
        for (String[] l : FichierReferentiel.lire("pays-france.csv", "nom", "nomOfficiel")) {
            for (String nom : l) {
                france.add(NormalisationNom.cle(nom));
                france.add(NormalisationNom.cleSansParentheses(nom));
            }
        }
        clesFrance = Set.copyOf(france);
        parCode = Map.copyOf(pays);
        codeParCle = Map.copyOf(index);
        codeParIso = Map.copyOf(iso);
        tous = pays.values().stream()
                .sorted(Comparator.comparing((Pays p) -> !p.actuel()).thenComparing(Pays::code))
                .toList();
        LOG.info("Référentiel des pays chargé en {} ms : {} pays et territoires, {} noms indexés",
                (System.nanoTime() - debut) / 1_000_000, parCode.size(), codeParCle.size());
    }

    /** Adds one rank to the index: keys already present (from a higher rank) are left untouched. */
    private static void indexer(Map<String, String> index, List<String[]> rang, boolean sansParentheses) {
        Map<String, String> ceRang = new HashMap<>();
        Set<String> ambigus = new HashSet<>();
        for (String[] nomEtCode : rang) {
            String cle = sansParentheses ? NormalisationNom.cleSansParentheses(nomEtCode[0])
                    : NormalisationNom.cle(nomEtCode[0]);
            if (cle.isEmpty() || index.containsKey(cle)) {
                continue;
            }
            String deja = ceRang.putIfAbsent(cle, nomEtCode[1]);
            if (deja != null && !deja.equals(nomEtCode[1])) {
                ambigus.add(cle);
            }
        }
        ambigus.forEach(cle -> ceRang.put(cle, AMBIGU));
        index.putAll(ceRang);
    }

    @Override
    public Optional<Pays> parCode(String codeCog) {
        return Optional.ofNullable(parCode.get(codeCog.strip()));
    }

    @Override
    public Optional<Pays> parNom(String nom) {
        String cle = NormalisationNom.cle(nom);
        String code = codeParCle.get(cle);
        if (code == null) {
            String codeIso = nom.strip().toUpperCase(Locale.ROOT);
            code = CODE_ISO.matcher(codeIso).matches() ? codeParIso.get(codeIso) : null;
        }
        if (code == null) {
            code = codeParCle.get(NormalisationNom.cleSansParentheses(nom));
        }
        return code == null || code.equals(AMBIGU) ? Optional.empty() : Optional.ofNullable(parCode.get(code));
    }

    @Override
    public Optional<Pays> resoudre(String codeOuNom) {
        String valeur = codeOuNom.strip();
        return CODE_COG.matcher(valeur).matches() ? parCode(valeur) : parNom(valeur);
    }

    @Override
    public SaisiePays lire(String saisie) {
        String valeur = saisie.strip();
        if (CODE_COG.matcher(valeur).matches()) {
            Optional<Pays> pays = parCode(valeur);
            if (pays.isEmpty()) {
                return new SaisiePays.Inconnu(valeur);
            }
            return pays.get().estFrance() ? new SaisiePays.France(valeur) : new SaisiePays.CodeCog(pays.get());
        }
        if (clesFrance.contains(NormalisationNom.cle(valeur))) {
            return new SaisiePays.France(valeur);
        }
        String code = codeParCle.get(NormalisationNom.cle(valeur));
        if (code == null) {
            String codeIso = valeur.toUpperCase(Locale.ROOT);
            if (CODE_ISO.matcher(codeIso).matches() && codeParIso.containsKey(codeIso)) {
                return new SaisiePays.CodeIso(codeIso);
            }
            code = codeParCle.get(NormalisationNom.cleSansParentheses(valeur));
        }
        if (code == null || code.equals(AMBIGU)) {
            return new SaisiePays.Inconnu(valeur);
        }
        Pays pays = parCode.get(code);
        return pays.estFrance() ? new SaisiePays.France(valeur) : new SaisiePays.Nom(pays);
    }

    @Override
    public List<Pays> tous() {
        return tous;
    }
}
