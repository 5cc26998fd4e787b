package fr.sne.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.sne.referentiel.Pays;

/** On the real committed files pays.csv and pays-anciens-noms.csv. */
class ReferentielPaysTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentielPaysTest.class);
    private static ReferentielPaysCsv referentiel;
    private static List<String[]> lignes;

    @BeforeAll
    static void charger() {
        long debut = System.nanoTime();
        referentiel = new ReferentielPaysCsv();
        LOG.info("Chargement du référentiel des pays (test) : {} ms", (System.nanoTime() - debut) / 1_000_000);
        lignes = FichierReferentiel.lire("pays.csv", "code", "iso2", "iso3", "nom", "nomOfficiel", "actuel", "parent");
    }

    /** The code of the row whose current name is exactly {@code nom} in pays.csv. */
    private static String codeDansLeFichier(String nom) {
        return lignes.stream().filter(l -> l[3].equals(nom)).findFirst().orElseThrow()[0];
    }

    @Test
    void les_volumes_sont_ceux_du_cog_2025() {
        long actuels = lignes.stream().filter(l -> !l[5].equals("2")).count();
        assertThat(actuels).isBetween(220L, 240L);
        assertThat(referentiel.tous()).hasSize(lignes.size());
        assertThat(referentiel.tous().getFirst().actuel()).isTrue();
        assertThat(referentiel.tous().getLast().actuel()).isFalse();
    }

    @Test
    void la_france_est_99100() {
        Pays france = referentiel.parCode("99100").orElseThrow();
        assertThat(france.nom()).isEqualTo("France");
        assertThat(france.estFrance()).isTrue();
        assertThat(referentiel.parNom("france")).contains(france);
        assertThat(referentiel.parNom("FR")).contains(france);
    }

    @ParameterizedTest
    @ValueSource(strings = {"norvège", "NORVEGE", "Norvege", "Norvège", "  norvège ", "Royaume de Norvège", "NO", "NOR"})
    void la_norvege_sous_toutes_ses_formes(String saisie) {
        Pays norvege = referentiel.parNom(saisie).orElseThrow();
        assertThat(norvege.code()).isEqualTo(codeDansLeFichier("Norvège")).isEqualTo("99103");
        assertThat(norvege.iso2()).isEqualTo("NO");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maroc", "MAROC", "Maroc", "Royaume du Maroc", "ROYAUME DU MAROC", "MA", "mar", "99350"})
    void le_maroc_sous_toutes_ses_formes(String saisie) {
        assertThat(referentiel.resoudre(saisie).orElseThrow().code()).isEqualTo("99350");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ETATS-UNIS|États-Unis",
            "États-Unis|États-Unis",
            "etats unis d'amerique|États-Unis",
            "USA|États-Unis",
            "HOLLANDE|Pays-Bas",
            "Dahomey|Bénin",
            "PERSE|Iran",
            "CEYLAN|Sri Lanka",
            "Côte d'Ivoire|Côte d’Ivoire",
            "COTE D IVOIRE|Côte d’Ivoire",
            "CONGO (REPUBLIQUE DEMOCRATIQUE)|République démocratique du Congo",
            "Congo|Congo",
            "FEROE (ILES)|Féroé",
            "Îles Féroé|Féroé",
            "HONG-KONG|Hong Kong",
            "ZANZIBAR|Tanzanie",
            "U.R.S.S.|Russie",
            "CENTRAFRICAINE (REPUBLIQUE)|Centrafrique",
            "ESP|Espagne"})
    void noms_courants_officiels_et_anciens(String saisie, String nomAttendu) {
        Pays attendu = referentiel.parCode(codeDansLeFichier(nomAttendu)).orElseThrow();
        assertThat(referentiel.parNom(saisie)).as(saisie).contains(attendu);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantide", "", "   ", "Guadeloupe", "LA REUNION", "REUNION（LA）", "Mayotte",
            "SERBIE-ET-MONTENEGRO", "XX", "ZZZ", "99999", "le", "(ile)"})
    void inconnus_territoires_francais_et_ambigus_ne_donnent_rien(String saisie) {
        assertThat(referentiel.resoudre(saisie)).as(saisie).isEmpty();
    }

    @Test
    void un_ancien_pays_garde_son_code_et_n_est_plus_actuel() {
        Pays tchecoslovaquie = referentiel.parNom("TCHECOSLOVAQUIE").orElseThrow();
        assertThat(tchecoslovaquie.actuel()).isFalse();
        assertThat(referentiel.parCode(tchecoslovaquie.code())).contains(tchecoslovaquie);
    }

    @Test
    void chaque_nom_actuel_et_chaque_code_iso_designe_son_propre_pays() {
        for (String[] l : lignes) {
            if (l[5].equals("2")) {
                continue;
            }
            assertThat(referentiel.parNom(l[3])).as(l[3]).map(Pays::code).contains(l[0]);
            assertThat(referentiel.parNom(l[3].toUpperCase())).as(l[3]).map(Pays::code).contains(l[0]);
            if (!l[2].isEmpty() && l[5].equals("1")) {
                assertThat(referentiel.parNom(l[2])).as(l[2]).map(Pays::code).contains(l[0]);
                assertThat(referentiel.parNom(l[1])).as(l[1]).map(Pays::code).contains(l[0]);
            }
        }
    }

    @Test
    void chaque_nom_officiel_designe_son_pays_ou_est_ambigu() {
        long resolus = lignes.stream().filter(l -> !l[5].equals("2"))
                .filter(l -> referentiel.parNom(l[4]).map(Pays::code).orElse("").equals(l[0])).count();
        long actuels = lignes.stream().filter(l -> !l[5].equals("2")).count();
        assertThat(resolus).isGreaterThanOrEqualTo(actuels - 5);
    }
}
