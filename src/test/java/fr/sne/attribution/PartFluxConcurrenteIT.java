package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Year;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import fr.sne.TestIntegration;
import fr.sne.attribution.application.FixerPartFlux;
import fr.sne.attribution.application.InscrireReservataire;
import fr.sne.attribution.application.PartFluxCommande;
import fr.sne.attribution.application.ReservataireCommande;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.acteur.Acteur;

/**
 * Two gestionnaires set shares of one bailleur and year at once, each within the caps alone, over them together: the
 * second waits for the first's commit, then sees its share and is refused.
 */
@TestIntegration
class PartFluxConcurrenteIT {

    private static final Acteur GESTIONNAIRE = Acteur.gestionnaireTerritorial("gestionnaire-test", "059");

    @Autowired
    InscrireReservataire inscrire;
    @Autowired
    FixerPartFlux fixer;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcClient jdbc;

    private long inscrire(String nom) {
        return inscrire.executer(GESTIONNAIRE, ReservataireCommande.creation("AUTRE", nom + " " + UUID.randomUUID(),
                null, null, null));
    }

    @Test
    void la_seconde_part_attend_la_premiere_et_le_total_reste_sous_100_pour_cent() throws Exception {
        long premier = inscrire("Premier");
        long second = inscrire("Second");
        PartFluxCommande soixante = new PartFluxCommande("990590036", 2021, new BigDecimal("60"));
        CountDownLatch fixee = new CountDownLatch(1);
        CountDownLatch valider = new CountDownLatch(1);
        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(statut -> {
            fixer.executer(GESTIONNAIRE, premier, soixante);
            fixee.countDown();
            try {
                valider.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(fixee.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> fixer.executer(GESTIONNAIRE, second,
                PartFluxCommande.lire("990590036", 2021, new BigDecimal("50"), Year.now())));
        Thread.sleep(1_000);
        assertThat(b).as("la seconde part attend la fin de la première transaction").isNotDone();
        valider.countDown();
        a.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> b.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(DonneesInvalidesException.class)
                .satisfies(e -> assertThat(((DonneesInvalidesException) e).erreurs().getFirst().code())
                        .isEqualTo("PART_FLUX_TOTAL_DEPASSE"));
        assertThat(jdbc.sql("select sum(part) from part_flux where bailleur_siren = '990590036' and annee = 2021")
                .query(BigDecimal.class).single()).isEqualByComparingTo("60");
    }
}
