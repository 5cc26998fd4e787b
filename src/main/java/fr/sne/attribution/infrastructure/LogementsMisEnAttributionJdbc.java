package fr.sne.attribution.infrastructure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.attribution.domaine.LogementsMisEnAttribution;

/**
 * The dwellings a bailleur put to attribution in a year: those its guichets declared that year ({@code logement},
 * by the day of declaration), let or not yet, and, for the leases signed that year on a dwelling never declared in
 * the chain (a bailleur whose own software ran the commission and radiated directly), one each ({@code
 * attribution_fait} of source RADIATION without a declared dwelling of its RPLS id). See ADR 0015.
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
        return jdbc.sql("""
                select (select count(*) from logement l
                         where l.bailleur_siren = :siren
                           and l.declare_le >= make_date(:annee, 1, 1) and l.declare_le < make_date(:annee + 1, 1, 1))
                     + (select count(*) from attribution_fait f
                         where f.bailleur_siren = :siren and f.annee = :annee and f.source = 'RADIATION'
                           and not exists (select 1 from logement l where l.bailleur_siren = f.bailleur_siren
                                                                      and l.identifiant_rpls = f.identifiant_rpls))""")
                .param("siren", sirenBailleur).param("annee", annee).query(Long.class).single();
    }
}
