package fr.sne.pieces.domaine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The obsolescence rules of the filing plan: their codes read and written, and their judgement by date. */
class RegleObsolescenceTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 12, 7);

    @Test
    void un_avis_d_imposition_depose_avant_les_deux_dernieres_annees_est_obsolete() {
        RegleObsolescence deuxAns = RegleObsolescence.lire("ANNEES:2");
        assertThat(deuxAns.obsolete(LocalDate.of(2024, 1, 1), AUJOURDHUI)).isFalse();
        assertThat(deuxAns.obsolete(LocalDate.of(2023, 12, 31), AUJOURDHUI)).isTrue();
        assertThat(deuxAns.obsolete(AUJOURDHUI, AUJOURDHUI)).isFalse();
    }

    @Test
    void une_duree_compte_depuis_le_depot_et_aucune_regle_ne_rend_jamais_obsolete() {
        RegleObsolescence sixMois = RegleObsolescence.lire("DUREE:P6M");
        assertThat(sixMois).isEqualTo(new RegleObsolescence.Duree(Period.ofMonths(6)));
        assertThat(sixMois.obsolete(AUJOURDHUI.minusMonths(6), AUJOURDHUI)).isFalse();
        assertThat(sixMois.obsolete(AUJOURDHUI.minusMonths(6).minusDays(1), AUJOURDHUI)).isTrue();
        assertThat(RegleObsolescence.lire("AUCUNE").obsolete(LocalDate.of(1990, 1, 1), AUJOURDHUI)).isFalse();
    }

    @Test
    void chaque_code_se_relit_a_l_identique_et_un_code_inconnu_est_refuse() {
        for (String code : List.of("AUCUNE", "ANNEES:1", "ANNEES:9", "DUREE:P1Y", "DUREE:P90D", "DUREE:P6M")) {
            assertThat(RegleObsolescence.lire(code).code()).isEqualTo(code);
        }
        for (String code : List.of("", "aucune", "ANNEES:0", "ANNEES:10", "DUREE:P0D", "DUREE:6M", "DUREE:P1Y2M",
                "DUREE:P-1M", "JAMAIS")) {
            assertThatThrownBy(() -> RegleObsolescence.lire(code)).as(code)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void un_plan_a_des_codes_uniques_et_garde_a_qualifier() {
        Categorie identite = new Categorie("IDENTITE", "Identité", 10, NaturePiece.ENREGISTREMENT,
                new RegleObsolescence.Aucune());
        Categorie aQualifier = new Categorie(Categorie.A_QUALIFIER, "À qualifier", 20, NaturePiece.COMPLEMENTAIRE,
                new RegleObsolescence.Aucune());
        assertThat(new PlanDeClassement(1, List.of(identite, aQualifier)).categorie("IDENTITE")).contains(identite);
        assertThatThrownBy(() -> new PlanDeClassement(2, List.of(identite, identite, aQualifier)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanDeClassement(2, List.of(identite)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(identite.attendue()).isTrue();
        assertThat(aQualifier.attendue()).isFalse();
    }
}
