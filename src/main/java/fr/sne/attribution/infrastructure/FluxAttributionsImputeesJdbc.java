package fr.sne.attribution.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.FluxAttributionsImputees;

/**
 * The leases charged to a réservataire's flux: the year's attribution facts ({@code attribution_fait}, V94) naming
 * it, per bailleur (index {@code attribution_fait_reservataire_annee_ix}).
 */
@Repository
@Transactional(readOnly = true)
class FluxAttributionsImputeesJdbc implements FluxAttributionsImputees {

    private final JdbcClient jdbc;

    FluxAttributionsImputeesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Optional<String>, Long> parBailleur(long reservataire, int annee) {
        Map<Optional<String>, Long> parBailleur = new LinkedHashMap<>();
        jdbc.sql("""
                select bailleur_siren, count(*) as nombre from attribution_fait
                 where reservataire_id = :id and annee = :annee
                 group by bailleur_siren order by bailleur_siren nulls last
                """).param("id", reservataire).param("annee", annee)
                .query((java.sql.ResultSet rs) -> {
                    parBailleur.put(Optional.ofNullable(rs.getString("bailleur_siren")), rs.getLong("nombre"));
                });
        return parBailleur;
    }
}
