package fr.sne.guichet.securite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class LimiteurDebitTest {

    /** A clock the test moves by hand. */
    static final class Horloge extends Clock {

        Instant instant = Instant.parse("2026-11-25T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    @Test
    void au_dela_de_la_limite_de_la_fenetre_les_requetes_sont_refusees() {
        Horloge horloge = new Horloge();
        LimiteurDebit limiteur = new LimiteurDebit(3, Duration.ofMinutes(1), horloge);

        List<LimiteurDebit.Decision> decisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            decisions.add(limiteur.prendre("G5901"));
        }

        assertThat(decisions).extracting(LimiteurDebit.Decision::accordee).containsExactly(true, true, true, false);
        assertThat(decisions).extracting(LimiteurDebit.Decision::restantes).containsExactly(2, 1, 0, 0);
        assertThat(decisions.getLast().secondesAvantFinDeFenetre()).isEqualTo(60);
    }

    @Test
    void une_nouvelle_fenetre_rend_le_quota_et_chaque_guichet_a_le_sien() {
        Horloge horloge = new Horloge();
        LimiteurDebit limiteur = new LimiteurDebit(1, Duration.ofMinutes(1), horloge);
        assertThat(limiteur.prendre("G5901").accordee()).isTrue();
        assertThat(limiteur.prendre("G5901").accordee()).isFalse();
        assertThat(limiteur.prendre("G6201").accordee()).isTrue();

        horloge.instant = horloge.instant.plusSeconds(45);
        LimiteurDebit.Decision encoreRefusee = limiteur.prendre("G5901");
        assertThat(encoreRefusee.accordee()).isFalse();
        assertThat(encoreRefusee.secondesAvantFinDeFenetre()).isEqualTo(15);

        horloge.instant = horloge.instant.plusSeconds(15);
        assertThat(limiteur.prendre("G5901").accordee()).isTrue();
    }

    @Test
    void sous_la_concurrence_exactement_la_limite_est_accordee() throws Exception {
        LimiteurDebit limiteur = new LimiteurDebit(500, Duration.ofHours(1), new Horloge());
        List<Future<Boolean>> futurs = new ArrayList<>();
        try (ExecutorService executeur = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 2000; i++) {
                futurs.add(executeur.submit(() -> limiteur.prendre("G5901").accordee()));
            }
        }
        long accordees = 0;
        for (Future<Boolean> futur : futurs) {
            accordees += futur.get() ? 1 : 0;
        }
        assertThat(accordees).isEqualTo(500);
    }
}
