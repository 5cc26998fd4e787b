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

    @Test
    void un_guichet_national_enregistre_partout_mais_ne_lit_que_ses_demandes() {
        // its guichet's row names a seat territory (111): it grants no reading
        Acteur centre = Acteur.agent("agent-gcnat", "GCNAT", "CENTRE_NATIONAL", "111");
        NumeroUnique sienneNord = new NumeroUnique("0591126000002GCNAT");
        NumeroUnique sienneIdf = new NumeroUnique("1111126000003GCNAT");

        assertThat(centre.lecture()).isEqualTo(Acteur.PorteeLecture.SES_ENREGISTREMENTS);
        assertThat(centre.enregistrePartout()).isTrue();
        assertThat(centre.territoireDEnregistrement()).isNull();
        assertThat(centre.territoires()).isEmpty();
        assertThat(centre.national()).isFalse();
        assertThat(visibilite.peutVoir(centre, sienneNord)).isTrue();
        assertThat(visibilite.peutVoir(centre, sienneIdf)).isTrue();
        assertThat(visibilite.peutVoir(centre, nord)).isFalse();
        assertThat(visibilite.peutVoir(centre, "111")).isFalse();
        assertThat(visibilite.peutVoir(centre, "059")).isFalse();
        // a guichet of the territory still reads the centre's demande of its territory; the administrator all
        assertThat(visibilite.peutVoir(Acteur.clientApi("c", "G5902", "COMMUNE", "059"), sienneNord)).isTrue();
        assertThat(visibilite.peutVoir(Acteur.clientApi("c", "G6201", "BAILLEUR", "062"), sienneNord)).isFalse();
        assertThat(visibilite.peutVoir(Acteur.administrateurNational("admin"), sienneNord)).isTrue();
        // an ordinary guichet registers on its territory only
        assertThat(Acteur.clientApi("c", "G5902", "COMMUNE", "059").territoireDEnregistrement()).isEqualTo("059");
        assertThat(Acteur.clientApi("c", "G5902", "COMMUNE", "059").enregistrePartout()).isFalse();

        VisibiliteDemandes.PredicatSql predicat = visibilite.predicat(centre, "m.territoire");
        assertThat(predicat.sql()).isEqualTo("right(m.numero_unique, 5) = :" + VisibiliteDemandes.PARAMETRE_GUICHET);
        assertThat(predicat.parametres()).containsExactly(java.util.Map.entry(VisibiliteDemandes.PARAMETRE_GUICHET,
                "GCNAT"));
        assertThatThrownBy(() -> visibilite.predicat(centre, "d.numero_unique"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void un_demandeur_ne_lit_que_les_demandes_rattachees_a_son_compte() {
        // a demande registered by a guichet of the Nord, attached to his account; another one, not attached, and one
        // the portal itself registered for someone else
        NumeroUnique duPortail = new NumeroUnique("0591126000004GPORT");
        Acteur demandeur = Acteur.demandeur("compte-1", java.util.Set.of(nord.valeur()));

        assertThat(demandeur.lecture()).isEqualTo(Acteur.PorteeLecture.SES_DEMANDES);
        assertThat(demandeur.enregistrePartout()).as("the portal is a national guichet").isTrue();
        assertThat(demandeur.guichet()).isEqualTo(Acteur.GUICHET_PORTAIL);
        assertThat(visibilite.peutVoir(demandeur, nord)).isTrue();
        assertThat(visibilite.peutVoir(demandeur, corse)).isFalse();
        assertThat(visibilite.peutVoir(demandeur, duPortail)).as("registered by the portal, not his").isFalse();
        assertThat(visibilite.peutVoir(demandeur, "059")).as("no territory as such").isFalse();

        VisibiliteDemandes.PredicatSql predicat = visibilite.predicat(demandeur, "d.territoire");
        assertThat(predicat.sql()).isEqualTo("d.numero_unique in (:" + VisibiliteDemandes.PARAMETRE_NUMEROS + ")");
        assertThat(predicat.parametres()).containsEntry(VisibiliteDemandes.PARAMETRE_NUMEROS, List.of(nord.valeur()));
        assertThat(visibilite.predicat(Acteur.demandeur("compte-2", java.util.Set.of()), "d.territoire").sql())
                .as("an account with nothing attached reads nothing").isEqualTo("false");
    }

    @Test
    void le_guichet_du_portail_ne_lit_rien_par_lui_meme() {
        Acteur logiciel = Acteur.clientApi("client-portail", Acteur.GUICHET_PORTAIL, Acteur.TYPE_GUICHET_PORTAIL,
                "111");
        NumeroUnique duPortail = new NumeroUnique("1111126000005GPORT");

        assertThat(logiciel.lecture()).isEqualTo(Acteur.PorteeLecture.SES_DEMANDES);
        assertThat(visibilite.peutVoir(logiciel, duPortail)).isFalse();
        assertThat(visibilite.peutVoir(logiciel, nord)).isFalse();
        assertThat(visibilite.predicat(logiciel, "d.territoire").sql()).isEqualTo("false");
        assertThatThrownBy(() -> new Acteur(fr.sne.commun.acteur.TypeActeur.AGENT, "agent", "G5901", "COMMUNE",
                java.util.Set.of("059"), false, java.util.Set.of(), java.util.Set.of(nord.valeur())))
                .as("only an applicant has attached demandes").isInstanceOf(IllegalArgumentException.class);
    }
}
