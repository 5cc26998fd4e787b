package fr.sne.demande.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The DALO settings are bound as the application binds them; where they are mandatory, a start without them fails. */
class ParametresDaloTest {

    @Configuration
    @EnableConfigurationProperties(ParametresDalo.class)
    static class Liaison {
    }

    private final ApplicationContextRunner contexte = new ApplicationContextRunner().withUserConfiguration(Liaison.class);

    @Test
    void sans_configuration_rien_n_est_invente() {
        contexte.run(c -> {
            ParametresDalo dalo = c.getBean(ParametresDalo.class);
            assertThat(dalo.delaiMois("059")).isNull();
            assertThat(dalo.commission("059")).isNull();
        });
    }

    @Test
    void un_territoire_configure_donne_son_delai_et_sa_commission() {
        contexte.withPropertyValues("sne.dalo.configuration-obligatoire=true",
                        "sne.dalo.delai-mois-par-territoire.059=24",
                        "sne.dalo.commission-par-territoire.059=Commission DALO du Nord")
                .run(c -> {
                    ParametresDalo dalo = c.getBean(ParametresDalo.class);
                    assertThat(dalo.delaiMois("059")).isEqualTo(24);
                    assertThat(dalo.commission("059")).isEqualTo("Commission DALO du Nord");
                    assertThat(dalo.delaiMois("062")).isNull();
                });
    }

    @Test
    void un_operateur_les_donne_par_variables_d_environnement() {
        Map<String, Object> environnement = Map.of("SNE_DALO_CONFIGURATIONOBLIGATOIRE", "true",
                "SNE_DALO_DELAIMOISPARTERRITOIRE_059", "24",
                "SNE_DALO_COMMISSIONPARTERRITOIRE_059", "Commission DALO du Nord");
        contexte.withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource("systemEnvironment", environnement)))
                .run(c -> {
                    assertThat(c).hasNotFailed();
                    assertThat(c.getBean(ParametresDalo.class).delaiMois("059")).isEqualTo(24);
                    assertThat(c.getBean(ParametresDalo.class).commission("059")).isEqualTo("Commission DALO du Nord");
                });
    }

    @Test
    void obligatoire_et_absent_le_demarrage_echoue_en_nommant_le_parametre() {
        contexte.withPropertyValues("sne.dalo.configuration-obligatoire=true").run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause()
                    .hasMessageContaining("sne.dalo.delai-mois-par-territoire n'est pas renseigné");
        });
        contexte.withPropertyValues("sne.dalo.configuration-obligatoire=true",
                "sne.dalo.delai-mois-par-territoire.059=24").run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause()
                    .hasMessageContaining("sne.dalo.commission-par-territoire n'est pas renseigné");
        });
    }

    @Test
    void obligatoire_chaque_territoire_a_ses_deux_parametres() {
        contexte.withPropertyValues("sne.dalo.configuration-obligatoire=true",
                "sne.dalo.delai-mois-par-territoire.059=24", "sne.dalo.delai-mois-par-territoire.062=36",
                "sne.dalo.commission-par-territoire.059=Commission DALO du Nord").run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause().hasMessageContaining("sne.dalo.commission-par-territoire")
                    .hasMessageContaining("[062]");
        });
    }

    @Test
    void un_delai_absurde_est_refuse_meme_hors_production() {
        contexte.withPropertyValues("sne.dalo.delai-mois-par-territoire.059=0").run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause().hasMessageContaining("sne.dalo.delai-mois-par-territoire.059");
        });
    }
}
