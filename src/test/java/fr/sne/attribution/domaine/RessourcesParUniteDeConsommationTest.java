package fr.sne.attribution.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RessourcesParUniteDeConsommationTest {

    private static final LocalDate JOUR = LocalDate.of(2026, 12, 7);

    private static List<@Nullable LocalDate> naissances(@Nullable LocalDate... dates) {
        return new ArrayList<>(Arrays.asList(dates));
    }

    @Test
    void le_premier_compte_un_un_autre_adulte_un_demi_un_enfant_de_moins_de_14_ans_trois_dixiemes() {
        assertThat(RessourcesParUniteDeConsommation.unites(naissances(LocalDate.of(1980, 1, 1)), JOUR))
                .isEqualByComparingTo("1");
        assertThat(RessourcesParUniteDeConsommation.unites(naissances(LocalDate.of(1980, 1, 1),
                LocalDate.of(1982, 5, 3), LocalDate.of(2015, 1, 1), LocalDate.of(2010, 1, 1)), JOUR))
                .as("couple, a child of 11 and one of 16").isEqualByComparingTo("2.3");
    }

    @Test
    void l_age_de_14_ans_se_compte_au_jour_du_calcul() {
        LocalDate quatorzeAnsDemain = JOUR.minusYears(14).plusDays(1);
        LocalDate quatorzeAnsAujourdhui = JOUR.minusYears(14);
        assertThat(RessourcesParUniteDeConsommation.unites(naissances(LocalDate.of(1980, 1, 1), quatorzeAnsDemain),
                JOUR)).isEqualByComparingTo("1.3");
        assertThat(RessourcesParUniteDeConsommation.unites(naissances(LocalDate.of(1980, 1, 1),
                quatorzeAnsAujourdhui), JOUR)).isEqualByComparingTo("1.5");
    }

    @Test
    void une_date_de_naissance_inconnue_compte_comme_14_ans_ou_plus_et_le_premier_compte_un_sans_date() {
        assertThat(RessourcesParUniteDeConsommation.unites(naissances(null, null), JOUR)).isEqualByComparingTo("1.5");
    }

    @Test
    void ressources_annuelles_par_unite_au_centime_et_rien_sans_personne() {
        assertThat(RessourcesParUniteDeConsommation.annuellesParUnite(new BigDecimal("1000"), new BigDecimal("1.5")))
                .isEqualByComparingTo("8000.00");
        assertThat(RessourcesParUniteDeConsommation.annuellesParUnite(new BigDecimal("100"), new BigDecimal("2.3")))
                .isEqualByComparingTo("521.74");
        assertThat(RessourcesParUniteDeConsommation.annuellesParUnite(new BigDecimal("100"), BigDecimal.ZERO))
                .isNull();
    }

    @Property
    void chaque_personne_ajoutee_ajoute_entre_trois_dixiemes_et_un_demi(@ForAll @IntRange(min = 0, max = 40) int age,
            @ForAll @IntRange(min = 1, max = 8) int deja) {
        List<@Nullable LocalDate> menage = new ArrayList<>();
        for (int i = 0; i < deja; i++) {
            menage.add(LocalDate.of(1980, 1, 1));
        }
        BigDecimal avant = RessourcesParUniteDeConsommation.unites(menage, JOUR);
        menage.add(JOUR.minusYears(age));
        BigDecimal ajout = RessourcesParUniteDeConsommation.unites(menage, JOUR).subtract(avant);
        assertThat(ajout).isEqualByComparingTo(age < 14 ? "0.3" : "0.5");
    }
}
