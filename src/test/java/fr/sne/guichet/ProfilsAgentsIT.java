package fr.sne.guichet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.commun.RessourceIntrouvableException;
import fr.sne.commun.acteur.Acteur;
import fr.sne.commun.acteur.Profil;
import fr.sne.guichet.administration.ActionAdministration;
import fr.sne.guichet.administration.Administration.Evenement;
import fr.sne.guichet.administration.Administration.FicheAgent;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.Administration.SaisieProfils;
import fr.sne.guichet.administration.ChangerProfilsAgent;
import fr.sne.guichet.administration.CreerCompteAgent;
import fr.sne.guichet.administration.CreerGuichet;

/**
 * Per-agent profiles (ADR 0026) on the real database: the gestionnaire of the guichet's territory or the national
 * administrator grants and withdraws them, each change journalled with who and when; the account read at sign-in
 * carries them; another territory, another guichet's agent, a gestionnaire's own account and unknown codes change
 * nothing.
 */
@TestIntegration
class ProfilsAgentsIT {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Acteur nord = Acteur.gestionnaireTerritorial("gestionnaire-059", "059");
    private final Acteur pasDeCalais = Acteur.gestionnaireTerritorial("gestionnaire-062", "062");
    private final Acteur national = Acteur.administrateurNational("admin-national");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CreerGuichet creerGuichet;
    @Autowired
    CreerCompteAgent creerCompteAgent;
    @Autowired
    ChangerProfilsAgent profils;
    @Autowired
    Agents agents;

    @Test
    void l_agent_de_demonstration_du_guichet_g5901_detient_l_instruction_et_la_drm_et_celui_de_g5902_aucun_profil() {
        assertThat(agents.parIdentifiant("agent-g5901").orElseThrow().profils())
                .containsExactlyInAnyOrder(Profil.INSTRUCTION, Profil.DRM);
        assertThat(agents.parIdentifiant("agent-g5902").orElseThrow().profils()).isEmpty();
        assertThat(agents.parIdentifiant("gestionnaire-059").orElseThrow().profils()).isEmpty();
    }

    @Test
    void le_gestionnaire_accorde_puis_retire_l_instruction_chaque_changement_au_journal_avec_son_auteur() {
        String guichet = guichet(nord, "059");
        String agent = agent(nord, guichet);

        assertThat(profils.executer(nord, guichet, agent, new SaisieProfils(List.of("INSTRUCTION")))).isTrue();
        assertThat(agents.parIdentifiant(agent).orElseThrow().profils()).containsExactly(Profil.INSTRUCTION);
        assertThat(jdbc.sql("select accorde_par from compte_agent_profil where identifiant = :id").param("id", agent)
                .query(String.class).single()).isEqualTo("gestionnaire-059");
        FicheAgent fiche = profils.fiche(nord, guichet, agent);
        assertThat(fiche.agent().profils()).containsExactly(Profil.INSTRUCTION);
        assertThat(fiche.journal()).extracting(Evenement::action).startsWith(ActionAdministration.PROFIL_ACCORDE,
                ActionAdministration.AGENT_CREE);
        assertThat(fiche.journal().getFirst().objet()).isEqualTo(agent + " : INSTRUCTION");
        assertThat(fiche.journal().getFirst().acteurId()).isEqualTo("gestionnaire-059");

        // the same form again changes nothing and journals nothing
        assertThat(profils.executer(nord, guichet, agent, new SaisieProfils(List.of("INSTRUCTION")))).isFalse();
        assertThat(profils.fiche(nord, guichet, agent).journal()).hasSize(2);

        // every box unticked (the form sends no field): withdrawn, by the national administrator this time
        assertThat(profils.executer(national, guichet, agent, new SaisieProfils(null))).isTrue();
        assertThat(agents.parIdentifiant(agent).orElseThrow().profils()).isEmpty();
        Evenement retrait = profils.fiche(national, guichet, agent).journal().getFirst();
        assertThat(retrait.action()).isEqualTo(ActionAdministration.PROFIL_RETIRE);
        assertThat(retrait.acteurId()).isEqualTo("admin-national");
        assertThat(retrait.acteurType()).isEqualTo("ADMINISTRATEUR_NATIONAL");
    }

    @Test
    void un_code_inconnu_ou_forge_est_refuse_sur_son_champ_et_rien_n_est_ecrit() {
        String guichet = guichet(nord, "059");
        String agent = agent(nord, guichet);
        long journal = lignes("journal_administration");

        for (List<String> codes : List.of(List.of("INSTRUCTION", "ADMINISTRATEUR"), List.of("instruction"),
                List.of("INSTRUCTION' or '1'='1"), List.of("x".repeat(5000)))) {
            assertThatThrownBy(() -> profils.executer(nord, guichet, agent, new SaisieProfils(codes)))
                    .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> {
                        assertThat(e.erreurs()).extracting(ErreurChamp::champ, ErreurChamp::code)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("profils",
                                        CodeMotif.PROFIL_INCONNU.name()));
                        assertThat(e.erreurs().getFirst().message()).hasSizeLessThan(120);
                    });
        }
        assertThat(agents.parIdentifiant(agent).orElseThrow().profils()).isEmpty();
        assertThat(lignes("journal_administration")).isEqualTo(journal);
    }

    @Test
    void hors_du_territoire_un_autre_guichet_ou_un_compte_qui_n_est_pas_d_agent_est_introuvable() {
        String guichet = guichet(nord, "059");
        String agent = agent(nord, guichet);
        String autreGuichet = guichet(nord, "059");
        SaisieProfils instruction = new SaisieProfils(List.of("INSTRUCTION"));

        assertThatThrownBy(() -> profils.executer(pasDeCalais, guichet, agent, instruction))
                .isInstanceOf(RessourceIntrouvableException.class);
        assertThatThrownBy(() -> profils.fiche(pasDeCalais, guichet, agent))
                .isInstanceOf(RessourceIntrouvableException.class);
        // the agent named through another guichet of the same territory
        assertThatThrownBy(() -> profils.executer(nord, autreGuichet, agent, instruction))
                .isInstanceOf(RessourceIntrouvableException.class);
        // a gestionnaire's account is no agent of a guichet
        assertThatThrownBy(() -> profils.executer(nord, guichet, "gestionnaire-059", instruction))
                .isInstanceOf(RessourceIntrouvableException.class);
        // an agent may not grant himself anything
        Acteur lui = Acteur.agent(agent, guichet, "COMMUNE", "059", Set.of(Profil.INSTRUCTION));
        assertThatThrownBy(() -> profils.executer(lui, guichet, agent, instruction))
                .isInstanceOf(fr.sne.commun.AccesRefuseException.class);
        assertThat(agents.parIdentifiant(agent).orElseThrow().profils()).isEmpty();
    }

    @Test
    void les_profils_d_un_compte_supprime_partent_avec_lui() {
        String guichet = guichet(nord, "059");
        String agent = agent(nord, guichet);
        profils.executer(nord, guichet, agent, new SaisieProfils(List.of("INSTRUCTION")));
        jdbc.sql("delete from compte_agent where identifiant = :id").param("id", agent).update();
        assertThat(jdbc.sql("select count(*) from compte_agent_profil where identifiant = :id").param("id", agent)
                .query(Long.class).single()).isZero();
        assertThat(Arrays.stream(Profil.values()).map(Profil::code)).containsExactly("INSTRUCTION", "DRM");
    }

    private String guichet(Acteur acteur, String territoire) {
        var hasard = new SecureRandom();
        StringBuilder code = new StringBuilder("GP");
        for (int i = 0; i < 3; i++) {
            code.append(ALPHABET.charAt(hasard.nextInt(ALPHABET.length())));
        }
        return creerGuichet.executer(acteur, new SaisieGuichet(code.toString(), "Guichet des profils " + code,
                "COMMUNE", territoire, null, null, null, null, null));
    }

    private String agent(Acteur acteur, String guichet) {
        String identifiant = "agent-" + guichet.toLowerCase();
        creerCompteAgent.executer(acteur, guichet, new SaisieAgent(identifiant, "Agent " + guichet,
                identifiant + "@exemple.fr"));
        return identifiant;
    }

    private long lignes(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
