package fr.sne.attribution.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Household categories and income ceilings (arrêté du 29 juillet 1987), PLS at 130 % of PLUS. */
class PlafondRessourcesTest {

    private static final LocalDate JOUR = LocalDate.of(2026, 3, 1);
    private static final Bareme PLUS = new Bareme(Financement.PLUS, ZonePlafond.AUTRES_REGIONS, 2026, 23403, 31254,
            37584, 45374, 53376, 60156, 6710);
    private static final Bareme PLAI = new Bareme(Financement.PLAI, ZonePlafond.AUTRES_REGIONS, 2022, 11626, 16939,
            20370, 22665, 26519, 29886, 3333);

    private static Menage menage(int adultes, int aCharge, Integer revenuN2, Integer revenuN1, LocalDate... naissances) {
        List<LocalDate> dates = naissances.length > 0 ? Arrays.asList(naissances)
                : java.util.Collections.nCopies(adultes, LocalDate.of(1970, 1, 1));
        return new Menage(adultes, dates, aCharge, 0, revenuN2 == null ? null : BigDecimal.valueOf(revenuN2),
                revenuN1 == null ? null : BigDecimal.valueOf(revenuN1));
    }

    @Test
    void les_categories_de_menage_suivent_l_arrete() {
        assertThat(menage(1, 0, null, null).categorie(JOUR)).isEqualTo(1);
        assertThat(menage(2, 0, null, null).categorie(JOUR)).as("two persons without dependant").isEqualTo(2);
        assertThat(menage(2, 0, null, null, LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1)).categorie(JOUR))
                .as("a jeune ménage: 26 + 25 ≤ 55").isEqualTo(3);
        assertThat(menage(1, 1, null, null).categorie(JOUR)).as("single person with one dependant").isEqualTo(3);
        assertThat(menage(2, 1, null, null).categorie(JOUR)).as("three persons").isEqualTo(3);
        assertThat(menage(1, 2, null, null).categorie(JOUR)).isEqualTo(4);
        assertThat(menage(2, 4, null, null).categorie(JOUR)).isEqualTo(6);
        assertThat(menage(2, 5, null, null).categorie(JOUR)).as("seven persons: one beyond the sixth").isEqualTo(7);
    }

    @Test
    void au_dela_de_six_chaque_personne_ajoute_son_montant() {
        assertThat(PLUS.plafond(6)).isEqualTo(60156);
        assertThat(PLUS.plafond(8)).isEqualTo(60156 + 2 * 6710);
    }

    @Test
    void le_plafond_pls_est_celui_du_plus_majore_de_30_pour_cent_et_le_plai_le_sien() {
        Menage seul = menage(1, 0, 25_000, null);
        PlafondRessources plus = PlafondRessources.examiner(Financement.PLUS, PLUS, seul, JOUR);
        PlafondRessources pls = PlafondRessources.examiner(Financement.PLS, PLUS, seul, JOUR);
        PlafondRessources plai = PlafondRessources.examiner(Financement.PLAI_ADAPTE, PLAI, seul, JOUR);
        assertThat(plus.plafond()).isEqualTo(23403);
        assertThat(plus.auDessus()).isTrue();
        assertThat(plus.motif()).contains("23403").contains("PLUS").contains("catégorie de ménage 1");
        assertThat(pls.plafond()).isEqualTo(30423);
        assertThat(pls.auDessus()).isFalse();
        assertThat(pls.motif()).isNull();
        assertThat(plai.plafond()).isEqualTo(11626);
        assertThat(plai.anneeBareme()).isEqualTo(2022);
    }

    @Test
    void les_revenus_de_n_moins_1_comptent_s_ils_sont_plus_bas_d_au_moins_10_pour_cent_ou_seuls_declares() {
        assertThat(menage(1, 0, 20_000, 18_000).ressourcesRetenues()).contains(BigDecimal.valueOf(18_000));
        assertThat(menage(1, 0, 20_000, 18_500).ressourcesRetenues()).contains(BigDecimal.valueOf(20_000));
        assertThat(menage(1, 0, null, 14_500).ressourcesRetenues()).contains(BigDecimal.valueOf(14_500));
        assertThat(menage(1, 0, null, null).ressourcesRetenues()).isEmpty();
        assertThat(PlafondRessources.examiner(Financement.PLUS, PLUS, menage(1, 0, null, null), JOUR).auDessus())
                .as("no resources declared: not above").isFalse();
    }

    @Test
    void la_zone_se_lit_sur_la_commune() {
        assertThat(ZonePlafond.deCommune("75112")).isEqualTo(ZonePlafond.PARIS_LIMITROPHES);
        assertThat(ZonePlafond.deCommune("93066")).isEqualTo(ZonePlafond.ILE_DE_FRANCE);
        assertThat(ZonePlafond.deCommune("59350")).isEqualTo(ZonePlafond.AUTRES_REGIONS);
    }
}
