package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

class LimiteurDebitTest {

    /** A limiter whose shared buckets are Bucket4j in-memory buckets, one per key, on the given clock. */
    static LimiteurDebit enMemoire(int limite, Duration fenetre, Clock horloge, int lot) {
        return enMemoire(limite, fenetre, horloge, lot, new ConcurrentHashMap<>());
    }

    static LimiteurDebit enMemoire(int limite, Duration fenetre, Clock horloge, int lot,
            Map<String, Bucket> seaux) {
        BucketConfiguration configuration = LimiteurDebit.configuration(limite, fenetre);
        return new LimiteurDebit(limite, horloge, cle -> seaux.computeIfAbsent(cle, k -> Bucket.builder()
                .addLimit(configuration.getBandwidths()[0])
                .withCustomTimePrecision(LimiteurDebit.chronometre(horloge))
                .build()), lot);
    }

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
        LimiteurDebit limiteur = enMemoire(3, Duration.ofMinutes(1), horloge, 1);

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
        LimiteurDebit limiteur = enMemoire(1, Duration.ofMinutes(1), horloge, 1);
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
        LimiteurDebit limiteur = enMemoire(500, Duration.ofHours(1), new Horloge(), LimiteurDebit.lotParDefaut(500));
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

    @Test
    void une_instance_prend_ses_jetons_par_lot_et_ne_va_au_seau_partage_qu_une_fois_par_lot() {
        Horloge horloge = new Horloge();
        Map<String, Bucket> seaux = new ConcurrentHashMap<>();
        LimiteurDebit limiteur = enMemoire(100, Duration.ofMinutes(1), horloge, 10, seaux);

        LimiteurDebit.Decision premiere = limiteur.prendre("G5901");
        assertThat(seaux.get("G5901").getAvailableTokens()).isEqualTo(90);
        assertThat(premiere.restantes()).isEqualTo(99);
        for (int i = 0; i < 9; i++) {
            limiteur.prendre("G5901");
        }
        assertThat(seaux.get("G5901").getAvailableTokens()).isEqualTo(90);
        assertThat(limiteur.prendre("G5901").restantes()).isEqualTo(89);
        assertThat(seaux.get("G5901").getAvailableTokens()).isEqualTo(80);
    }

    @Test
    void les_jetons_pris_dans_une_fenetre_ne_servent_pas_dans_la_suivante() {
        Horloge horloge = new Horloge();
        LimiteurDebit limiteur = enMemoire(10, Duration.ofMinutes(1), horloge, 5);
        assertThat(limiteur.prendre("G5901").accordee()).isTrue();

        horloge.instant = horloge.instant.plusSeconds(60);
        long accordees = 0;
        for (int i = 0; i < 20; i++) {
            accordees += limiteur.prendre("G5901").accordee() ? 1 : 0;
        }
        assertThat(accordees).isEqualTo(10);
    }
}
