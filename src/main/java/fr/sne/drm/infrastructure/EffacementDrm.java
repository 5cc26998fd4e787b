package fr.sne.drm.infrastructure;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;

/**
 * The DRM's part of the erasure one year after radiation (décret 2017-917 art. 4, ADR 0030): the demandeur's
 * months, the status of the last fetch and any fetch still queued are deleted with the demande's other nominative
 * data, in its transaction. The monthly reports ({@code drm_releve}) hold only counts. No stored file.
 */
@Component
class EffacementDrm implements EffacementDemandes {

    /** The demandes erased, as one text parameter (no list of bind parameters to overflow), typed for the keys. */
    private static final String PARMI =
            "numero_unique = any(cast(string_to_array(cast(:numeros as text), ',') as char(18)[]))";

    private final JdbcClient jdbc;

    EffacementDrm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        List<String> liste = effacees.numeros();
        if (liste.isEmpty()) {
            return Set.of();
        }
        String numeros = String.join(",", liste);
        for (String table : List.of("drm_ressource", "drm_situation", "drm_interrogation")) {
            jdbc.sql("delete from " + table + " where " + PARMI).param("numeros", numeros).update();
        }
        return Set.of();
    }
}
