package fr.sne.drm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.acteur.Acteur;
import fr.sne.drm.application.ReglerGuichetDrm;

/**
 * The per-guichet switch of the DRM (ADR 0031): the gestionnaire territorial switches his territory's guichets, the
 * national administration any; every change journaled with its author; a guichet out of scope, unknown or typed badly
 * is refused on its field, nothing written.
 */
@TestIntegration
class GuichetsDrmIT {

    private static final Acteur NORD = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private static final Acteur PAS_DE_CALAIS = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
    private static final Acteur NATIONAL = Acteur.administrateurNational("admin-national");

    @Autowired
    private ReglerGuichetDrm regler;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void remettreLaDemo() {
        jdbc.sql("delete from drm_guichet where guichet_code in ('G5902', 'G6201')").update();
    }

    private long journal(String guichet) {
        return jdbc.sql("select count(*) from drm_guichet_journal where guichet_code = ?").param(guichet)
                .query(Long.class).single();
    }

    @Test
    void la_demo_ouvre_g5901_seul_parmi_les_guichets_du_nord() {
        assertThat(regler.lister(NORD)).extracting(ReglerGuichetDrm.Ouverture::guichet).contains("G5901")
                .doesNotContain("G5902");
        assertThat(regler.lister(PAS_DE_CALAIS)).extracting(ReglerGuichetDrm.Ouverture::guichet)
                .doesNotContain("G5901");
    }

    @Test
    void le_gestionnaire_ouvre_puis_ferme_un_guichet_de_son_territoire_chaque_changement_au_journal() {
        long avant = journal("G5902");
        assertThat(regler.executer(NORD, " g5902 ", true)).isTrue();
        assertThat(regler.executer(NORD, "G5902", true)).as("already on: nothing written").isFalse();
        assertThat(journal("G5902")).isEqualTo(avant + 1);
        assertThat(regler.lister(NORD)).extracting(ReglerGuichetDrm.Ouverture::guichet).contains("G5902");
        assertThat(jdbc.sql("select active_par from drm_guichet where guichet_code = 'G5902'").query(String.class)
                .single()).isEqualTo("gestionnaire-059");

        assertThat(regler.executer(NATIONAL, "G5902", false)).isTrue();
        assertThat(regler.executer(NATIONAL, "G5902", false)).isFalse();
        assertThat(journal("G5902")).isEqualTo(avant + 2);
        assertThat(regler.journal(NORD).getFirst()).satisfies(c -> {
            assertThat(c.guichet()).isEqualTo("G5902");
            assertThat(c.ouvert()).isFalse();
            assertThat(c.acteur()).isEqualTo("admin-national");
        });
        assertThat(regler.journal(PAS_DE_CALAIS)).noneMatch(c -> c.guichet().equals("G5902"));
    }

    @Test
    void un_guichet_d_un_autre_territoire_inconnu_ou_mal_saisi_est_refuse_sans_rien_ecrire() {
        long avant = jdbc.sql("select count(*) from drm_guichet_journal").query(Long.class).single();
        for (String code : List.of("G6201", "G9999", "'; drop table drm_guichet; --", "G59011")) {
            assertThatThrownBy(() -> regler.executer(NORD, code, true)).as(code)
                    .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                            .extracting(ErreurChamp::champ, ErreurChamp::code)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("guichet",
                                    "DRM_GUICHET_HORS_PERIMETRE")));
        }
        assertThatThrownBy(() -> regler.executer(NORD, "  ", true)).isInstanceOf(DonneesInvalidesException.class);
        assertThatThrownBy(() -> regler.executer(Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059"), "G5901",
                false)).isInstanceOf(AccesRefuseException.class);
        assertThat(jdbc.sql("select count(*) from drm_guichet_journal").query(Long.class).single()).isEqualTo(avant);
        assertThat(jdbc.sql("select count(*) from drm_guichet where guichet_code in ('G6201', 'G5901')")
                .query(Long.class).single()).isOne();
        // the Pas-de-Calais' own gestionnaire may
        assertThat(regler.executer(PAS_DE_CALAIS, "G6201", true)).isTrue();
    }
}
