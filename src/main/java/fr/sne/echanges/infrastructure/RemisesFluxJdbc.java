package fr.sne.echanges.infrastructure;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.DemandesEffacees;
import fr.sne.demande.EffacementDemandes;
import fr.sne.echanges.application.port.RemisesFlux;

/**
 * Table {@code remise_flux}: one row per demande, reader and day, written in one statement per page; the
 * erasure one year after radiation deletes an erased demande's rows, in its transaction.
 */
@Repository
class RemisesFluxJdbc implements RemisesFlux, EffacementDemandes {

    private final JdbcClient jdbc;

    RemisesFluxJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void noter(String lecteur, LocalDate jour, Collection<String> numerosUniques) {
        if (numerosUniques.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into remise_flux (numero_unique, jour, lecteur)
                select distinct n, cast(:jour as date), :lecteur
                  from unnest(string_to_array(cast(:numeros as text), ',')) as n
                on conflict do nothing""")
                .param("jour", jour).param("lecteur", lecteur)
                .param("numeros", String.join(",", numerosUniques)).update();
    }

    @Override
    public Set<String> effacer(DemandesEffacees effacees) {
        List<String> numeros = effacees.numeros();
        if (!numeros.isEmpty()) {
            jdbc.sql("delete from remise_flux where numero_unique = any(string_to_array(cast(:numeros as text), ','))")
                    .param("numeros", String.join(",", numeros)).update();
        }
        return Set.of();
    }
}
