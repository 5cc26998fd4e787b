package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.portail.application.port.TentativesRattachement;

/** {@link TentativesRattachement} on {@code tentative_rattachement}. */
@Repository
class TentativesRattachementJdbc implements TentativesRattachement {

    private final JdbcClient jdbc;

    TentativesRattachementJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void journaliser(UUID compte, Instant le, String numeroSaisi, String source, Issue issue) {
        jdbc.sql("""
                insert into tentative_rattachement (compte, le, numero_saisi, source, issue)
                values (:compte, :le, :numero, :source, :issue)""")
                .param("compte", compte)
                .param("le", Timestamp.from(le))
                .param("numero", numeroSaisi)
                .param("source", source.length() > 64 ? source.substring(0, 64) : source)
                .param("issue", issue.name())
                .update();
    }

    @Override
    public List<Instant> echecsDepuis(UUID compte, Instant depuis) {
        return jdbc.sql("""
                select le from tentative_rattachement
                 where compte = :compte and le > :depuis and issue = 'ECHOUEE' order by le""")
                .param("compte", compte)
                .param("depuis", Timestamp.from(depuis))
                .query(Timestamp.class)
                .list().stream().map(Timestamp::toInstant).toList();
    }
}
