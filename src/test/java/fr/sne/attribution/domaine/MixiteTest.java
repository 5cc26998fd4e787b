package fr.sne.attribution.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MixiteTest {

    @Test
    void les_objectifs_sont_atteints_a_25_et_50_pour_cent_tout_juste() {
        Mixite m = new Mixite("200093201", 2026, 8, 2, 4, 2, 0);
        assertThat(m.partHorsQpvPremierQuartile()).isEqualByComparingTo("0.25");
        assertThat(m.objectifHorsQpvAtteint()).isTrue();
        assertThat(m.partEnQpvAutresQuartiles()).isEqualByComparingTo("0.5");
        assertThat(m.objectifEnQpvAtteint()).isTrue();
    }

    @Test
    void en_dessous_ils_ne_le_sont_pas_et_sans_bail_ils_ne_se_mesurent_pas() {
        Mixite m = new Mixite("200093201", 2026, 9, 2, 0, 0, 1);
        assertThat(m.objectifHorsQpvAtteint()).isFalse();
        assertThat(m.partHorsQpvPremierQuartile()).isEqualByComparingTo("0.2222");
        assertThat(m.partEnQpvAutresQuartiles()).isNull();
        assertThat(m.objectifEnQpvAtteint()).isNull();
    }

    @Test
    void le_premier_quartile_inclut_le_seuil_et_ne_se_dit_pas_sans_seuil() {
        assertThat(SituationQuartile.dansLePremierQuartile(new java.math.BigDecimal("9456.00"), 9456)).isTrue();
        assertThat(SituationQuartile.dansLePremierQuartile(new java.math.BigDecimal("9456.01"), 9456)).isFalse();
        assertThat(SituationQuartile.dansLePremierQuartile(new java.math.BigDecimal("100"), null)).isNull();
    }
}
