package fr.sne.portail.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.sne.portail.application.port.EnvoiImpossibleException;

/**
 * Resilience4j around a carrier: a failing call is retried, a call that succeeds on its second try succeeds; a
 * carrier that keeps failing opens its circuit breaker, after which it is not called at all (the message waits in
 * its queue), and the other carrier is not affected.
 */
class ProtectionTest {

    private final Protection protection = new Protection(3, Duration.ZERO, Duration.ofMinutes(1));

    @Test
    void un_echec_passager_est_reessaye() {
        AtomicInteger appels = new AtomicInteger();
        String reponse = protection.appeler("sms", () -> {
            if (appels.incrementAndGet() == 1) {
                throw new EnvoiImpossibleException("délai dépassé");
            }
            return "accepté";
        });
        assertThat(reponse).isEqualTo("accepté");
        assertThat(appels).hasValue(2);
    }

    @Test
    void un_transporteur_qui_echoue_sans_cesse_n_est_plus_appele_un_moment() {
        AtomicInteger appels = new AtomicInteger();
        Runnable enPanne = () -> {
            appels.incrementAndGet();
            throw new EnvoiImpossibleException("serveur injoignable");
        };
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> protection.appeler("courriel", enPanne))
                    .isInstanceOf(EnvoiImpossibleException.class);
        }
        assertThat(protection.etat("courriel")).isEqualTo("OPEN");
        int avant = appels.get();

        assertThatThrownBy(() -> protection.appeler("courriel", enPanne))
                .isInstanceOf(EnvoiImpossibleException.class).hasMessageContaining("trop d'échecs");
        assertThat(appels.get()).isEqualTo(avant);
        assertThat(protection.etat("sms")).isEqualTo("CLOSED");
    }
}
