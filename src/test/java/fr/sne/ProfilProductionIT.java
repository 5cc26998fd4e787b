package fr.sne;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The {@code prod} profile as an operator runs it: an external PostgreSQL given by the standard Spring
 * datasource settings (here a separate server started by the test), an external token issuer, no embedded
 * database, no demo data, no local token issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("prod")
class ProfilProductionIT {

    static final EmbeddedPostgres EXTERNE = demarrer();

    static EmbeddedPostgres demarrer() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void environnement(DynamicPropertyRegistry proprietes) {
        proprietes.add("SPRING_DATASOURCE_URL", () -> EXTERNE.getJdbcUrl("postgres", "postgres"));
        proprietes.add("SPRING_DATASOURCE_USERNAME", () -> "postgres");
        proprietes.add("SPRING_DATASOURCE_PASSWORD", () -> "");
        proprietes.add("SNE_OAUTH2_ISSUER_URI", () -> "https://emetteur.invalid/realms/sne");
        // the prod profile refuses to start without the DALO settings printed on attestations
        proprietes.add("sne.dalo.delai-mois-par-territoire.059", () -> "24");
        proprietes.add("sne.dalo.commission-par-territoire.059", () -> "Commission de médiation DALO du Nord");
    }

    @AfterAll
    static void arreter() throws IOException {
        EXTERNE.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext contexte;

    @Test
    void le_schema_est_migre_sur_la_base_externe_sans_donnees_de_demo() {
        assertThat(contexte.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        String base = jdbc.sql("select current_setting('port')").query(String.class).single();
        assertThat(Integer.parseInt(base)).isEqualTo(EXTERNE.getPort());
        assertThat(jdbc.sql("select count(*) from demande").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from guichet").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from client_api").query(Integer.class).single()).isZero();
    }

    @Test
    void l_application_n_emet_pas_de_jetons_et_exige_ceux_de_l_emetteur_externe() {
        ClientApi api = new ClientApi(port);
        assertThat(api.get(null, "/oauth2/jwks").statut()).isIn(401, 404);
        assertThat(api.get(null, "/v1.0/demandes/0591126000001G5901").statut()).isEqualTo(401);
        assertThat(api.get(null, "/actuator/health").texte()).contains("UP");
    }
}
