package fr.sne;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.demande.FormatMouvement;

/**
 * Base of the tests that call the HTTP API as a guichet's software does, and look into the database. After each
 * test, every movement it wrote (by the API, the pages or the nightly pass) is read strictly against the movement
 * document's contract, and each demande's versions carried by its movements strictly increase.
 */
@TestIntegration
public abstract class ApiIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ClientApi api;

    private long dernierMouvement;

    @BeforeEach
    void clientApi() {
        api = new ClientApi(port);
        dernierMouvement = jdbc.sql("select coalesce(max(id), 0) from mouvement").query(Long.class).single();
    }

    @AfterEach
    void mouvementsAuContrat() {
        List<String> documents = jdbc.sql("select contenu::text from mouvement where id > ? order by id")
                .param(dernierMouvement).query(String.class).list();
        for (String document : documents) {
            FormatMouvement.lireStrict(document);
        }
        assertThat(jdbc.sql("""
                select m.numero_unique || ' ' || m.type || ' v' || coalesce(m.version_demande::text, 'null')
                  from (select numero_unique, type, version_demande,
                               lag(version_demande) over (partition by numero_unique order by id) as precedente
                          from mouvement where id > ? or numero_unique in
                              (select numero_unique from mouvement where id > ?)) m
                 where m.version_demande is null
                    or (m.type not in ('EVT', 'PJD', 'PJS', 'PJR', 'PJQ') and m.precedente is not null and m.version_demande <= m.precedente)""")
                .params(dernierMouvement, dernierMouvement).query(String.class).list())
                .as("movements whose demande's version is missing or does not increase").isEmpty();
    }
}
