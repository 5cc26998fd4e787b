package fr.sne.attribution.infrastructure;

import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;

/**
 * The attribution chain's part of the erasure one year after radiation (décret 2017-917 art. 4): the facts stay,
 * anonymous (their link to the numéro unique is forgotten); the candidatures, leases and designations forget the
 * demande and the free texts that may name its household. No stored file.
 */
@Component
class EffacementAttributions implements EffacementDemandes {

    /** The demandes erased, as one text parameter: no list of bind parameters to overflow on a big night. */
    private static final String PARMI = "numero_unique = any(string_to_array(cast(:numeros as text), ','))";

    private final JdbcClient jdbc;

    EffacementAttributions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        List<String> liste = effacees.numeros();
        if (liste.isEmpty()) {
            return Set.of();
        }
        String numeros = String.join(",", liste);
        jdbc.sql("update attribution_fait set numero_unique = null where " + PARMI)
                .param("numeros", numeros).update();
        jdbc.sql("update candidature set numero_unique = null, motif = null, motif_refus = null, "
                + "piece_manquante = null where " + PARMI).param("numeros", numeros).update();
        jdbc.sql("update bail set numero_unique = null where " + PARMI).param("numeros", numeros).update();
        jdbc.sql("delete from designation where " + PARMI).param("numeros", numeros).update();
        return Set.of();
    }
}
