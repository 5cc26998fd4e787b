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
import fr.sne.referentiel.SaisiePays;

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

    // Reading a country field by the 2025 rules (ADR 0019)

    @Test
    void chaque_nom_du_cog_2025_se_lit_en_toute_casse_et_sans_accents_sauf_la_france() {
        int lus = 0;
        for (String[] l : lignes) {
            if (l[5].equals("2") || l[0].equals(Pays.CODE_FRANCE)) {
                continue;
            }
            for (String saisie : List.of(l[3], l[3].toUpperCase(java.util.Locale.ROOT),
                    l[3].toLowerCase(java.util.Locale.ROOT), NormalisationNom.ascii(l[3]))) {
                assertThat(referentiel.lire(saisie)).as(saisie).isInstanceOfSatisfying(SaisiePays.Nom.class,
                        nom -> assertThat(nom.pays().code()).isEqualTo(l[0]));
            }
            lus++;
        }
        assertThat(lus).isEqualTo(228);
    }

    @Test
    void un_code_cog_se_lit_encore_et_donne_son_nom() {
        assertThat(referentiel.lire("99131")).isEqualTo(new SaisiePays.CodeCog(referentiel.parCode("99131")
                .orElseThrow()));
        assertThat(((SaisiePays.CodeCog) referentiel.lire(" 99350 ")).pays().nom()).isEqualTo("Maroc");
        assertThat(referentiel.lire("99999")).isInstanceOf(SaisiePays.Inconnu.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BE", "be", "BEL", "bel", "NO", "NOR", "US", "USA", "MA"})
    void un_code_iso_est_refuse(String saisie) {
        assertThat(referentiel.lire(saisie)).isEqualTo(new SaisiePays.CodeIso(saisie.toUpperCase(
                java.util.Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"France", "france", "FRANCE", " France ", "République française", "99100", "Guadeloupe",
        "MARTINIQUE", "Guyane", "La Réunion", "réunion", "Mayotte", "Saint-Pierre-et-Miquelon", "Saint-Barthélemy",
        "saint martin", "Wallis-et-Futuna", "Polynésie française", "Nouvelle-Calédonie", "Clipperton",
        "Terres australes françaises"})
    void la_france_et_ses_drom_com_ne_sont_pas_des_pays(String saisie) {
        assertThat(referentiel.lire(saisie)).isEqualTo(new SaisiePays.France(saisie.strip()));
    }

    @Test
    void chaque_ligne_france_ou_outre_mer_du_cog_2014_est_refusee() {
        List<String[]> france = FichierReferentiel.lire("pays-france.csv", "nom", "nomOfficiel");
        assertThat(france).hasSize(14);
        for (String[] l : france) {
            assertThat(referentiel.lire(l[0])).as(l[0]).isInstanceOf(SaisiePays.France.class);
            assertThat(referentiel.lire(l[1])).as(l[1]).isInstanceOf(SaisiePays.France.class);
        }
    }

    @Test
    void la_partie_neerlandaise_de_saint_martin_reste_un_territoire_etranger() {
        assertThat(referentiel.lire("Saint-Martin (partie néerlandaise)")).isInstanceOfSatisfying(
                SaisiePays.Nom.class, nom -> assertThat(nom.pays().code()).isEqualTo("99445"));
        assertThat(referentiel.lire("Atlantide")).isEqualTo(new SaisiePays.Inconnu("Atlantide"));
    }

    @Test
    void un_pays_garde_se_montre_sous_son_nom_qu_il_soit_stocke_en_code_ou_en_nom() {
        assertThat(referentiel.libelle("99131")).isEqualTo("Belgique");
        assertThat(referentiel.libelle("Belgique")).isEqualTo("Belgique");
        assertThat(referentiel.libelle("texte libre")).isEqualTo("texte libre");
        assertThat(referentiel.relu("99131")).isEqualTo("Belgique");
        assertThat(referentiel.relu("99100")).isNull();
        assertThat(referentiel.relu("France")).isNull();
        assertThat(referentiel.relu("texte libre")).isEqualTo("texte libre");
    }
}
