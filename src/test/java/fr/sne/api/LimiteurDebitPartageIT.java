package fr.sne.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;

/**
 * Two limiters on one database stand for two instances of the application: together they grant a key at most
 * its quota per window, although each takes its tokens by batches and spends them locally.
 */
@TestIntegration
class LimiteurDebitPartageIT {

    private static final int LIMITE = 60;
    private static final int LOT = 7;

    @Autowired
    DataSource source;

    @Autowired
    JdbcClient jdbc;

    @Test
    void deux_instances_sur_la_meme_base_n_accordent_ensemble_pas_plus_que_le_quota_de_la_fenetre() throws Exception {
        LimiteurDebitTest.Horloge horloge = new LimiteurDebitTest.Horloge();
        LimiteurDebit instanceA = LimiteurDebit.partage(LIMITE, Duration.ofHours(1), horloge, source, LOT);
        LimiteurDebit instanceB = LimiteurDebit.partage(LIMITE, Duration.ofHours(1), horloge, source, LOT);
        String cle = "IT-" + UUID.randomUUID();

        long premiereFenetre = accordees(cle, instanceA, instanceB);
        horloge.instant = horloge.instant.plus(Duration.ofHours(1));
        long secondeFenetre = accordees(cle, instanceA, instanceB);

        // never more than the quota; at most LOT - 1 tokens per instance left unspent at the end of a window
        assertThat(premiereFenetre).isBetween((long) LIMITE - 2 * (LOT - 1), (long) LIMITE);
        assertThat(secondeFenetre).isBetween((long) LIMITE - 2 * (LOT - 1), (long) LIMITE);
        assertThat(jdbc.sql("select count(*) from limite_debit where cle = ? and etat is not null").param(cle)
                .query(Long.class).single()).isEqualTo(1);
    }

    /** 4 × LIMITE requests from 6 threads, alternately on one instance and the other. */
    private static long accordees(String cle, LimiteurDebit instanceA, LimiteurDebit instanceB) throws Exception {
        List<Future<Boolean>> futurs = new ArrayList<>();
        try (ExecutorService executeur = Executors.newFixedThreadPool(6)) {
            for (int i = 0; i < 4 * LIMITE; i++) {
                LimiteurDebit instance = i % 2 == 0 ? instanceA : instanceB;
                futurs.add(executeur.submit(() -> instance.prendre(cle).accordee()));
            }
        }
        long accordees = 0;
        for (Future<Boolean> futur : futurs) {
            accordees += futur.get() ? 1 : 0;
        }
        return accordees;
    }
}
