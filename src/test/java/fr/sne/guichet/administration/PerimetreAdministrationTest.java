package fr.sne.guichet.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.sne.commun.AccesRefuseException;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;

class PerimetreAdministrationTest {

    private final Acteur nord = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private final Acteur national = Acteur.administrateurNational("admin-national");

    @Test
    void un_gestionnaire_administre_son_territoire_et_ne_voit_pas_les_autres() {
        assertThatCode(() -> PerimetreAdministration.exigerDansLePerimetre(nord, "G5901", "059", "BAILLEUR"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PerimetreAdministration.exigerDansLePerimetre(nord, "G6201", "062", "BAILLEUR"))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatCode(() -> PerimetreAdministration.exigerDansLePerimetre(national, "G6201", "062", "BAILLEUR"))
                .doesNotThrowAnyException();
    }

    @Test
    void un_guichet_national_n_est_dans_le_perimetre_d_aucun_gestionnaire_quel_que_soit_son_siege() {
        Acteur ileDeFrance = Acteur.gestionnaireTerritorial("gestionnaire-111", "111");
        assertThatThrownBy(() -> PerimetreAdministration.exigerDansLePerimetre(ileDeFrance, "GCNAT", "111",
                "CENTRE_NATIONAL")).isInstanceOf(RessourceIntrouvableException.class);
        assertThatCode(() -> PerimetreAdministration.exigerDansLePerimetre(ileDeFrance, "G1101", "111", "COMMUNE"))
                .doesNotThrowAnyException();
        assertThatCode(() -> PerimetreAdministration.exigerDansLePerimetre(national, "GCNAT", "111",
                "CENTRE_NATIONAL")).doesNotThrowAnyException();
    }

    @Test
    void un_gestionnaire_cree_sur_son_territoire_quoi_que_dise_le_formulaire() {
        assertThat(PerimetreAdministration.territoireDeCreation(nord, "062")).isEqualTo("059");
        assertThat(PerimetreAdministration.territoireDeCreation(national, " 062 ")).isEqualTo("062");
        assertThat(PerimetreAdministration.territoireDeCreation(national, " ")).isNull();
    }

    @Test
    void ni_un_agent_ni_un_client_de_l_api_n_administrent() {
        Acteur agent = Acteur.agent("agent-g5901", "G5901", "BAILLEUR", "059");
        Acteur client = Acteur.clientApi("demo-g5901", "G5901", "BAILLEUR", "059");
        for (Acteur acteur : new Acteur[] {agent, client}) {
            assertThatThrownBy(() -> PerimetreAdministration.exigerDansLePerimetre(acteur, "G5901", "059", "BAILLEUR"))
                    .isInstanceOf(AccesRefuseException.class);
            assertThatThrownBy(() -> PerimetreAdministration.territoireDeCreation(acteur, "059"))
                    .isInstanceOf(AccesRefuseException.class);
        }
    }
}
