package fr.sne.attribution.infrastructure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.LogementsMisEnAttribution;

/**
 * The dwellings a bailleur put to attribution in a year, counted, for now, as the year's attribution facts of its
 * guichets ({@code attribution_fait}, one per lease signed): the table of dwellings put to attribution belongs to
 * the attribution chain and comes with it; at that merge this count is rewired to it (a per-bailleur yearly count of
 * the dwellings declared), which also counts the dwellings not let yet. See ADR 0015.
 */
@Repository
@Transactional(readOnly = true)
class LogementsMisEnAttributionJdbc implements LogementsMisEnAttribution {

    private final JdbcClient jdbc;

    LogementsMisEnAttributionJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long nombre(String sirenBailleur, int annee) {
        return jdbc.sql("select count(*) from attribution_fait where bailleur_siren = :siren and annee = :annee")
                .param("siren", sirenBailleur).param("annee", annee).query(Long.class).single();
    }
}
