package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/** The security settings as the application binds them: the API's audience is required. */
class SecuritePropertiesTest {

    @Configuration
    @EnableConfigurationProperties(SecuriteProperties.class)
    static class Liaison {
    }

    private final ApplicationContextRunner contexte = new ApplicationContextRunner().withUserConfiguration(Liaison.class);

    @Test
    void l_audience_par_defaut_est_celle_de_l_emetteur_integre() {
        contexte.run(c -> assertThat(c.getBean(SecuriteProperties.class).audience()).isEqualTo("sne-api"));
    }

    @Test
    void sans_audience_comme_le_profil_prod_sans_SNE_OAUTH2_AUDIENCE_l_application_ne_demarre_pas() {
        contexte.withPropertyValues("sne.securite.audience=").run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause().hasMessageContaining("SNE_OAUTH2_AUDIENCE");
        });
        contexte.withPropertyValues("sne.securite.audience=https://sne.exemple.gouv.fr/api")
                .run(c -> assertThat(c.getBean(SecuriteProperties.class).audience())
                        .isEqualTo("https://sne.exemple.gouv.fr/api"));
    }

    @Test
    void l_adresse_de_l_emetteur_integre_vient_des_reglages_jamais_de_la_requete() {
        MockEnvironment environnement = new MockEnvironment().withProperty("local.server.port", "43210");
        contexte.run(c -> assertThat(c.getBean(SecuriteProperties.class).emetteurLocal().adresse(environnement))
                .isEqualTo("http://localhost:43210"));
        contexte.withPropertyValues("sne.securite.emetteur-local.emetteur=https://sne.exemple.test")
                .run(c -> assertThat(c.getBean(SecuriteProperties.class).emetteurLocal().adresse(environnement))
                        .isEqualTo("https://sne.exemple.test"));
    }
}
