package fr.sne.referentiel.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import fr.sne.referentiel.Nomenclatures;

/** {@link Nomenclatures} over nomenclatures.csv (SNE interface code lists). */
@Component
public class NomenclaturesCsv implements Nomenclatures {

    private static final Logger LOG = LoggerFactory.getLogger(NomenclaturesCsv.class);

    private final Map<String, Map<String, String>> listes;

    public NomenclaturesCsv() {
        Map<String, Map<String, String>> lues = new LinkedHashMap<>();
        for (String[] l : FichierReferentiel.lire("nomenclatures.csv", "liste", "code", "libelle")) {
            if (lues.computeIfAbsent(l[0], k -> new LinkedHashMap<>()).put(l[1], l[2]) != null) {
                throw new IllegalStateException("nomenclatures.csv : code en double " + l[0] + "/" + l[1]);
            }
        }
        // unmodifiable views over maps that nothing else references keep the file order
        Map<String, Map<String, String>> figees = new LinkedHashMap<>();
        lues.forEach((liste, codes) -> figees.put(liste, Collections.unmodifiableMap(codes)));
        listes = Collections.unmodifiableMap(figees);
        LOG.info("Nomenclatures SNE chargées : {} listes", listes.size());
    }

    @Override
    public boolean contient(String liste, String code) {
        return liste(liste).containsKey(code);
    }

    @Override
    public Optional<String> libelle(String liste, String code) {
        return Optional.ofNullable(liste(liste).get(code));
    }

    @Override
    public Map<String, String> liste(String liste) {
        return listes.getOrDefault(liste, Map.of());
    }

    @Override
    public Set<String> listes() {
        return listes.keySet();
    }
}
