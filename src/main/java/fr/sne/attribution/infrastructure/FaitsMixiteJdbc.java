package fr.sne.attribution.infrastructure;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.application.FaitsMixite;
import fr.sne.attribution.domaine.Mixite;

/** {@link FaitsMixite} in one aggregate over {@code attribution_fait} (index on epci and year). */
@Repository
@Transactional(readOnly = true)
class FaitsMixiteJdbc implements FaitsMixite {

    private final JdbcClient jdbc;

    FaitsMixiteJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Mixite> parEpci(int annee, @Nullable String epci) {
        List<Mixite> lignes = jdbc.sql("""
                select epci_siren,
                       count(*) filter (where not qpv) as hors_qpv,
                       count(*) filter (where not qpv and premier_quartile) as hors_qpv_q1,
                       count(*) filter (where qpv) as en_qpv,
                       count(*) filter (where qpv and not premier_quartile) as en_qpv_autres,
                       count(*) filter (where premier_quartile is null) as inconnu
                  from attribution_fait
                 where annee = :annee and epci_siren is not null
                   and (cast(:epci as text) is null or epci_siren = cast(:epci as text))
                 group by epci_siren
                 order by epci_siren""")
                .param("annee", annee).param("epci", epci)
                .query((rs, n) -> new Mixite(rs.getString("epci_siren"), annee, rs.getLong("hors_qpv"),
                        rs.getLong("hors_qpv_q1"), rs.getLong("en_qpv"), rs.getLong("en_qpv_autres"),
                        rs.getLong("inconnu")))
                .list();
        if (epci != null && lignes.isEmpty()) {
            return List.of(new Mixite(epci, annee, 0, 0, 0, 0, 0));
        }
        return lignes;
    }
}
