package fr.sne.drm.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The coherence rule: the spelling of the national registers is no difference; anything else is. */
class IdentiteDrmTest {

    static final IdentiteDrm REGISTRE = new IdentiteDrm("288045935012345", "N'Diaye-Lefèvre", "Marie Claire",
            LocalDate.of(1988, 4, 12), "F");

    @Test
    void la_graphie_des_repertoires_nationaux_concorde() {
        IdentiteDrm drm = new IdentiteDrm("288045935012345", "NDIAYE LEFEVRE", "MARIE CLAIRE",
                LocalDate.of(1988, 4, 12), "F");
        assertThat(REGISTRE.concordeAvec(drm)).isTrue();
        assertThat(REGISTRE.empreinte()).isEqualTo(drm.empreinte());
    }

    @Test
    void la_moindre_difference_est_une_discordance() {
        LocalDate date = LocalDate.of(1988, 4, 12);
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm("288045935012399", "NDIAYE LEFEVRE", "MARIE CLAIRE", date, "F"))).isFalse();
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm("288045935012345", "NDIAYE LEFEBVRE", "MARIE CLAIRE", date, "F"))).isFalse();
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm("288045935012345", "NDIAYE LEFEVRE", "MARIE", date, "F"))).isFalse();
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm("288045935012345", "NDIAYE LEFEVRE", "CLAIRE MARIE", date, "F"))).isFalse();
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm("288045935012345", "NDIAYE LEFEVRE", "MARIE CLAIRE", date.plusDays(1), "F"))).isFalse();
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm("288045935012345", "NDIAYE LEFEVRE", "MARIE CLAIRE", date, "M"))).isFalse();
        assertThat(REGISTRE.concordeAvec(new IdentiteDrm(null, "NDIAYE LEFEVRE", "MARIE CLAIRE", date, "F"))).isFalse();
        // a registry without a NIR or a sex, or a name without letters, concords with nothing
        assertThat(new IdentiteDrm(null, "X", "Y", date, "F").concordeAvec(new IdentiteDrm(null, "X", "Y", date, "F"))).isFalse();
        assertThat(new IdentiteDrm("1", "X", "Y", date, null).concordeAvec(new IdentiteDrm("1", "X", "Y", date, null))).isFalse();
        assertThat(new IdentiteDrm("1", "--", "Y", date, "F").concordeAvec(new IdentiteDrm("1", "--", "Y", date, "F"))).isFalse();
    }

    @Test
    void ni_le_nir_ni_le_nom_ne_vont_dans_un_journal() {
        assertThat(REGISTRE.toString()).doesNotContain("2880459").doesNotContainIgnoringCase("diaye").doesNotContain("1988");
    }

    @Test
    void le_calendrier_du_22_et_du_26() {
        assertThat(CalendrierDrm.dernierMoisConnu(LocalDate.of(2027, 3, 21))).hasToString("2027-01");
        assertThat(CalendrierDrm.dernierMoisConnu(LocalDate.of(2027, 3, 22))).hasToString("2027-02");
        assertThat(CalendrierDrm.dernierReleveDu(LocalDate.of(2027, 3, 21))).isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(CalendrierDrm.dernierReleveDu(LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(CalendrierDrm.moisDisponibleEnMasse(LocalDate.of(2027, 3, 26))).hasToString("2027-02");
    }
}
