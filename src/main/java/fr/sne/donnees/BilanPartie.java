package fr.sne.donnees;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rows a part wrote, per table, in the order it wrote them. */
public record BilanPartie(Map<String, Long> lignesParTable) {

    public BilanPartie {
        lignesParTable = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(lignesParTable));
    }

    public long total() {
        return lignesParTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
