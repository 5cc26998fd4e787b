package fr.sne.donnees;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows a part wrote, per table, in the order it wrote them; and, if the part measured them, the seconds its
 * steps took (the COPY into each table, waiting for the generator, re-creating the indexes...), in order.
 */
public record BilanPartie(Map<String, Long> lignesParTable, Map<String, Double> secondesParEtape) {

    public BilanPartie {
        lignesParTable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lignesParTable));
        secondesParEtape = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secondesParEtape));
    }

    public BilanPartie(Map<String, Long> lignesParTable) {
        this(lignesParTable, Map.of());
    }

    public long total() {
        return lignesParTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
