package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The settable clock: set at start outside production, refused in production, moved by tests. */
class HorlogeConfigurationTest {

    private final ApplicationContextRunner contexte = new ApplicationContextRunner()
            .withUserConfiguration(HorlogeConfiguration.class);

    @Test
    void sans_reglage_l_horloge_est_celle_du_systeme_a_paris() {
        contexte.run(c -> {
            Clock horloge = c.getBean(Clock.class);
            assertThat(horloge.getZone()).isEqualTo(HorlogeConfiguration.FUSEAU);
            assertThat(Duration.between(Instant.now(), horloge.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        });
    }

    @Test
    void le_reglage_fait_partir_l_horloge_de_l_instant_donne_puis_elle_avance() {
        contexte.withPropertyValues("sne.horloge.instant=2031-03-15T08:00:00Z").run(c -> {
            Clock horloge = c.getBean(Clock.class);
            Instant lu = horloge.instant();
            assertThat(Duration.between(Instant.parse("2031-03-15T08:00:00Z"), lu).abs())
                    .isLessThan(Duration.ofSeconds(5));
            Thread.sleep(20);
            assertThat(horloge.instant()).isAfter(lu);
        });
    }

    @Test
    void le_reglage_est_refuse_en_production() {
        contexte.withPropertyValues("spring.profiles.active=prod", "sne.horloge.instant=2031-03-15T08:00:00Z")
                .run(c -> {
                    assertThat(c).hasFailed();
                    assertThat(c.getStartupFailure()).rootCause().hasMessageContaining("refusé en production");
                });
    }

    @Test
    void en_production_sans_reglage_l_application_demarre() {
        contexte.withPropertyValues("spring.profiles.active=prod").run(c -> assertThat(c).hasNotFailed());
    }

    @Test
    void un_reglage_illisible_est_refuse() {
        contexte.withPropertyValues("sne.horloge.instant=demain").run(c -> assertThat(c).hasFailed());
    }

    @Test
    void les_tests_deplacent_l_horloge() {
        Clock fixe = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
        HorlogeReglable horloge = new HorlogeReglable(fixe, Duration.ZERO);
        horloge.avancer(Duration.ofDays(365));
        assertThat(horloge.instant()).isEqualTo(Instant.parse("2031-01-01T00:00:00Z"));
        horloge.regler(Instant.parse("2029-06-01T00:00:00Z"));
        assertThat(horloge.instant()).isEqualTo(Instant.parse("2029-06-01T00:00:00Z"));
        horloge.reinitialiser();
        assertThat(horloge.instant()).isEqualTo(fixe.instant());
    }
}
