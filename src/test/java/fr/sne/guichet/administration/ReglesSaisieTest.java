package fr.sne.guichet.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.sne.commun.DonneesInvalidesException;
import fr.sne.commun.ErreurChamp;
import fr.sne.guichet.administration.Administration.SaisieAgent;
import fr.sne.guichet.administration.Administration.SaisieClientApi;
import fr.sne.guichet.administration.Administration.SaisieGuichet;
import fr.sne.guichet.administration.ReglesSaisie.GuichetValide;

class ReglesSaisieTest {

    private static final Set<String> TERRITOIRES = Set.of("059", "062", "111");

    private static SaisieGuichet guichet(String code, String nom, String type) {
        return new SaisieGuichet(code, nom, type, null, " 1 rue de la Gare ", "", "59000", "Lille", "03 20 00 00 00");
    }

    @Test
    void un_guichet_valide_est_normalise() {
        GuichetValide valide = ReglesSaisie.guichet(guichet(" g59ab ", " Maison de l'habitat ", "COMMUNE"), "059",
                TERRITOIRES::contains);

        assertThat(valide.code()).isEqualTo("G59AB");
        assertThat(valide.nom()).isEqualTo("Maison de l'habitat");
        assertThat(valide.type()).isEqualTo(TypeGuichet.COMMUNE);
        assertThat(valide.adresseLigne1()).isEqualTo("1 rue de la Gare");
        assertThat(valide.adresseLigne2()).isNull();
    }

    @Test
    void toutes_les_erreurs_d_un_guichet_sont_dites_a_la_fois_champ_par_champ() {
        SaisieGuichet saisie = new SaisieGuichet("X123", " ", "CHATEAU", null, null, null, "5900", null, "appelez-moi");

        assertThatThrownBy(() -> ReglesSaisie.guichet(saisie, "075", TERRITOIRES::contains))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .extracting(ErreurChamp::champ, ErreurChamp::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("code", "FORMAT_INVALIDE"),
                                org.assertj.core.groups.Tuple.tuple("nom", "OBLIGATOIRE"),
                                org.assertj.core.groups.Tuple.tuple("type", "CODE_INCONNU"),
                                org.assertj.core.groups.Tuple.tuple("territoire", "CODE_INCONNU"),
                                org.assertj.core.groups.Tuple.tuple("codePostal", "FORMAT_INVALIDE"),
                                org.assertj.core.groups.Tuple.tuple("telephone", "FORMAT_INVALIDE")));
    }

    @Test
    void un_territoire_absent_et_un_caractere_de_controle_sont_refuses() {
        assertThatThrownBy(() -> ReglesSaisie.guichet(guichet("G5999", "Nom\u0007", "BAILLEUR"), null,
                TERRITOIRES::contains))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .extracting(ErreurChamp::champ, ErreurChamp::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("nom", "CARACTERE_INTERDIT"),
                                org.assertj.core.groups.Tuple.tuple("territoire", "OBLIGATOIRE")));
    }

    @Test
    void un_agent_a_un_identifiant_en_minuscules_et_une_adresse_electronique() {
        var agent = ReglesSaisie.agent(new SaisieAgent(" C.Martin-G5903 ", "Claire Martin", "claire.martin@ville.fr"));
        assertThat(agent.identifiant()).isEqualTo("c.martin-g5903");

        assertThatThrownBy(() -> ReglesSaisie.agent(new SaisieAgent("é", "", "claire.martin@ville")))
                .isInstanceOfSatisfying(DonneesInvalidesException.class, e -> assertThat(e.erreurs())
                        .extracting(ErreurChamp::champ, ErreurChamp::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("identifiant", "FORMAT_INVALIDE"),
                                org.assertj.core.groups.Tuple.tuple("nom", "OBLIGATOIRE"),
                                org.assertj.core.groups.Tuple.tuple("courriel", "EMAIL_INVALIDE")));
    }

    @Test
    void un_client_de_l_api_a_un_identifiant_au_format_de_client_api() {
        assertThat(ReglesSaisie.clientApi(new SaisieClientApi(" logiciel-g5903 "))).isEqualTo("logiciel-g5903");
        assertThatThrownBy(() -> ReglesSaisie.clientApi(new SaisieClientApi("a b")))
                .isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.erreurs().getFirst().code()).isEqualTo("FORMAT_INVALIDE"));
        assertThatThrownBy(() -> ReglesSaisie.clientApi(new SaisieClientApi(null)))
                .isInstanceOfSatisfying(DonneesInvalidesException.class,
                        e -> assertThat(e.erreurs().getFirst().code()).isEqualTo("OBLIGATOIRE"));
    }
}
