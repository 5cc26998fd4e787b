package fr.sne.drm.domaine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.sne.commun.CodeMotif;
import fr.sne.commun.Decision;
import fr.sne.commun.Refus;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;

/** Who reads the DRM (ADR 0031): a guichet's actor holding the profile DRM, of a guichet switched on. */
class PolitiqueAccesDrmTest {

    private static final Acteur AVEC_PROFIL = Acteur.agent("a", "G5901", "BAILLEUR", "059", Set.of(Profil.DRM));

    @Test
    void un_agent_avec_le_profil_d_un_guichet_ouvert_lit_la_drm() {
        assertThat(PolitiqueAccesDrm.decider(AVEC_PROFIL, true)).isEqualTo(Decision.ACCORD);
    }

    @Test
    void le_guichet_ferme_refuse_en_le_nommant() {
        assertThat(PolitiqueAccesDrm.decider(AVEC_PROFIL, false)).isInstanceOfSatisfying(Refus.class, r -> {
            assertThat(r.code()).isEqualTo(CodeMotif.DRM_GUICHET_NON_OUVERT);
            assertThat(r.message()).contains("G5901");
        });
    }

    @Test
    void sans_le_profil_ou_sans_guichet_rien_meme_guichet_ouvert() {
        for (Acteur acteur : Set.of(Acteur.agent("b", "G5901", "BAILLEUR", "059", Set.of(Profil.INSTRUCTION)),
                Acteur.clientApi("demo-g5902", "G5902", "COMMUNE", "059"),
                Acteur.gestionnaireTerritorial("gestionnaire-059", "059"),
                Acteur.administrateurNational("admin-national"))) {
            assertThat(PolitiqueAccesDrm.decider(acteur, true)).as(acteur.identifiant())
                    .isInstanceOfSatisfying(Refus.class, r -> assertThat(r.code())
                            .isEqualTo(CodeMotif.DRM_PROFIL_REQUIS));
        }
    }
}
