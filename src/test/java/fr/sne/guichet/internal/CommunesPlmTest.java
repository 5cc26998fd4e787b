package fr.sne.guichet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommunesPlmTest {

    @Test
    void une_commune_ordinaire_ne_designe_qu_elle_meme() {
        assertThat(CommunesPlm.equivalents("59350")).containsExactly("59350");
    }

    @Test
    void paris_et_ses_vingt_arrondissements_se_correspondent() {
        assertThat(CommunesPlm.equivalents("75056")).hasSize(21).contains("75056", "75101", "75112", "75120")
                .doesNotContain("75121", "75100");
        assertThat(CommunesPlm.equivalents("75112")).contains("75056", "75101", "75120");
    }

    @Test
    void lyon_et_marseille_aussi() {
        assertThat(CommunesPlm.equivalents("69123")).hasSize(10).contains("69381", "69389");
        assertThat(CommunesPlm.equivalents("13208")).hasSize(17).contains("13055", "13201", "13216");
    }

    @Test
    void un_code_voisin_hors_arrondissements_n_est_pas_etendu() {
        assertThat(CommunesPlm.equivalents("13217")).containsExactly("13217");
        assertThat(CommunesPlm.equivalents("69380")).containsExactly("69380");
    }
}
