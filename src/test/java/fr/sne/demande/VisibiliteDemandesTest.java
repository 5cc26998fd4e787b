package fr.sne.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.domaine.NumeroUnique;

class VisibiliteDemandesTest {

    private final VisibiliteDemandes visibilite = new VisibiliteDemandes();
    private final NumeroUnique nord = new NumeroUnique("0591126000001G5901");
    private final NumeroUnique corse = new NumeroUnique("02A1126000001G2A01");

    @Test
    void un_guichet_voit_les_demandes_de_son_territoire_et_aucune_autre() {
        Acteur client = Acteur.clientApi("client", "G5902", "COMMUNE", "059");
        Acteur agent = Acteur.agent("agent", "G2A01", "BAILLEUR", "02A");

        assertThat(visibilite.peutVoir(client, nord)).isTrue();
        assertThat(visibilite.peutVoir(client, corse)).isFalse();
        assertThat(visibilite.peutVoir(agent, corse)).isTrue();
        assertThat(visibilite.peutVoir(agent, "059")).isFalse();
    }

    @Test
    void le_gestionnaire_voit_son_territoire_le_national_et_les_traitements_tout() {
        Acteur gestionnaire = Acteur.gestionnaireTerritorial("gest", "02A");

        assertThat(visibilite.peutVoir(gestionnaire, corse)).isTrue();
        assertThat(visibilite.peutVoir(gestionnaire, nord)).isFalse();
        assertThat(visibilite.peutVoir(Acteur.administrateurNational("admin"), nord)).isTrue();
        assertThat(visibilite.peutVoir(Acteur.traitement("nuit"), corse)).isTrue();
    }

    @Test
    void le_predicat_sql_dit_la_meme_regle() {
        VisibiliteDemandes.PredicatSql territorial = visibilite.predicat(
                Acteur.clientApi("client", "G5902", "COMMUNE", "059"), "d.territoire");
        assertThat(territorial.sql()).isEqualTo("d.territoire in (:" + VisibiliteDemandes.PARAMETRE_TERRITOIRES + ")");
        assertThat(territorial.parametres()).containsEntry(VisibiliteDemandes.PARAMETRE_TERRITOIRES, List.of("059"));

        assertThat(visibilite.predicat(Acteur.administrateurNational("admin"), "territoire").sql()).isEqualTo("true");
        assertThatThrownBy(() -> visibilite.predicat(Acteur.traitement("nuit"), "territoire; drop table demande"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
