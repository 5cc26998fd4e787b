package fr.sne.drm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.drm.application.RessourcesDrm;
import fr.sne.drm.application.RessourcesDrm.Lecture;
import fr.sne.drm.application.port.NaturesDrm;
import fr.sne.drm.domaine.NatureDrm;
import fr.sne.drm.domaine.StatutDrm;

/** The read port on the stored rows: months most recent first, per nature, with their total; statuses. */
@TestIntegration
class LectureRessourcesDrmIT {

    @Autowired
    RessourcesDrm ressources;
    @Autowired
    NaturesDrm natures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void la_liste_synthetique_des_natures_est_chargee_au_demarrage() {
        List<NatureDrm> toutes = natures.toutes();
        assertThat(toutes).hasSizeBetween(60, 80).allMatch(NatureDrm::synthetique);
        assertThat(jdbc.sql("select count(*) from drm_nature where synthetique").query(Integer.class).single())
                .isEqualTo(toutes.size());
    }

    @Test
    void les_mois_viennent_du_plus_recent_par_nature_avec_leur_total() {
        String numero = numero();
        Instant le = Instant.parse("2026-11-22T02:00:00Z");
        situation(numero, StatutDrm.AFFICHABLE, le, YearMonth.of(2026, 10));
        ressource(numero, YearMonth.of(2026, 10), "S001", "1500.00", le);
        ressource(numero, YearMonth.of(2026, 10), "S016", "120.50", le);
        ressource(numero, YearMonth.of(2026, 9), "S001", "1480.10", le);
        ressource(numero, YearMonth.of(2026, 7), "S001", "1400.00", le); // beyond three months
        ressource(numero, YearMonth.of(2026, 11), "S001", "9.99", le); // after the reference month

        Lecture lecture = ressources.lire(List.of(numero), 3).get(numero);

        assertThat(lecture.statut()).isEqualTo(StatutDrm.AFFICHABLE);
        assertThat(lecture.misAJourLe()).isEqualTo(le);
        assertThat(lecture.mois()).extracting(RessourcesDrm.Mois::mois)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 9));
        RessourcesDrm.Mois octobre = lecture.mois().getFirst();
        assertThat(octobre.total()).isEqualByComparingTo("1620.50");
        assertThat(octobre.lignes()).extracting(RessourcesDrm.Ligne::nature).containsExactly("S001", "S016");
        assertThat(octobre.lignes().getFirst().libelle()).isEqualTo("Salaire de base");

        assertThat(ressources.lire(List.of(numero), 1).get(numero).mois()).hasSize(1);
        assertThat(ressources.lire(List.of(numero), 3, YearMonth.of(2026, 9)).get(numero).mois())
                .extracting(RessourcesDrm.Mois::mois).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 7));
    }

    @Test
    void sans_affichage_aucun_mois_et_un_numero_jamais_interroge_est_en_attente() {
        String discordant = numero();
        String inconnu = numero();
        Instant le = Instant.parse("2026-11-22T02:00:00Z");
        situation(discordant, StatutDrm.DISCORDANCE, le, YearMonth.of(2026, 10));
        ressource(discordant, YearMonth.of(2026, 10), "S001", "1500.00", le); // must never be given out

        Map<String, Lecture> lues = ressources.lire(List.of(discordant, inconnu, discordant), 3);

        assertThat(lues).containsOnlyKeys(discordant, inconnu);
        assertThat(lues.get(discordant).statut()).isEqualTo(StatutDrm.DISCORDANCE);
        assertThat(lues.get(discordant).mois()).isEmpty();
        assertThat(lues.get(inconnu).statut()).isEqualTo(StatutDrm.EN_ATTENTE);
        assertThat(lues.get(inconnu).misAJourLe()).isNull();
        assertThatThrownBy(() -> ressources.lire(List.of(inconnu), 4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ressources.lire(List.of(), 3)).isEmpty();
    }

    @Test
    void le_releve_du_22_est_disponible_en_masse_a_partir_du_26() {
        assertThat(ressources.moisDisponibleEnMasse(LocalDate.of(2026, 12, 25))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(ressources.moisDisponibleEnMasse(LocalDate.of(2026, 12, 26))).isEqualTo(YearMonth.of(2026, 11));
    }

    private void situation(String numero, StatutDrm statut, Instant le, YearMonth reference) {
        jdbc.sql("insert into drm_situation (numero_unique, statut, mis_a_jour_le, mois_reference) values (?, ?, ?, ?)")
                .params(numero, statut.name(), Timestamp.from(le), Date.valueOf(reference.atDay(1))).update();
    }

    private void ressource(String numero, YearMonth mois, String nature, String montant, Instant le) {
        jdbc.sql("insert into drm_ressource (numero_unique, mois, nature, montant, recue_le) values (?, ?, ?, ?, ?)")
                .params(numero, Date.valueOf(mois.atDay(1)), nature, new BigDecimal(montant), Timestamp.from(le))
                .update();
    }

    private static String numero() {
        return "075" + "1126" + "99" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }
}
