package fr.sne.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.sne.referentiel.Commune;
import fr.sne.referentiel.Departement;
import fr.sne.referentiel.Territoire;

/** On the real committed files of src/main/resources/referentiel/. */
class ReferentielGeographiqueTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReferentielGeographiqueTest.class);
    private static ReferentielGeographiqueCsv referentiel;
    private static List<String[]> lignesCommunes;

    @BeforeAll
    static void charger() {
        long debut = System.nanoTime();
        referentiel = new ReferentielGeographiqueCsv();
        LOG.info("Chargement du référentiel géographique (test) : {} ms", (System.nanoTime() - debut) / 1_000_000);
        lignesCommunes = FichierReferentiel.lire("communes.csv",
                "code", "nom", "type", "departement", "region", "codesPostaux", "parent", "epci");
    }

    @Test
    void les_volumes_sont_ceux_du_cog() {
        long actuelles = lignesCommunes.stream().filter(l -> l[2].equals("commune-actuelle")).count();
        long arrondissements = lignesCommunes.stream().filter(l -> l[2].equals("arrondissement-municipal")).count();
        assertThat(actuelles).isBetween(34_000L, 36_000L);
        assertThat(arrondissements).isEqualTo(20 + 9 + 16); // Paris, Lyon, Marseille
        assertThat(referentiel.toutesLesCommunes()).hasSize((int) (actuelles + arrondissements));
        assertThat(referentiel.tousLesDepartements()).hasSizeBetween(101, 110);
        assertThat(referentiel.anciensCodes()).hasSizeBetween(2_000, 10_000);
    }

    @Test
    void lille_est_dans_le_nord() {
        Commune lille = referentiel.commune("59350").orElseThrow();
        assertThat(lille.nom()).isEqualTo("Lille");
        assertThat(lille.codeDepartement()).isEqualTo("59");
        assertThat(lille.codesPostaux()).contains("59000");
        assertThat(referentiel.territoireDeCommune(lille)).isEqualTo(new Territoire("059", "Nord"));
        assertThat(referentiel.estCodeAncien("59350")).isFalse();
        assertThat(referentiel.epci(lille.sirenEpci()).orElseThrow().type()).isEqualTo("METRO");
    }

    @Test
    void paris_et_ses_arrondissements_sont_en_ile_de_france() {
        Commune paris = referentiel.commune("75056").orElseThrow();
        Commune premier = referentiel.commune("75101").orElseThrow();
        assertThat(premier.estArrondissementMunicipal()).isTrue();
        assertThat(premier.sirenEpci()).isEqualTo(paris.sirenEpci()).isNotNull();
        assertThat(referentiel.territoireDeCommune(paris).code()).isEqualTo("111");
        assertThat(referentiel.territoireDeCommune(premier)).isEqualTo(referentiel.territoire("111").orElseThrow());
        assertThat(referentiel.territoire("111").orElseThrow().libelle()).isEqualTo("Île-de-France");
    }

    @ParameterizedTest
    @ValueSource(strings = {"75", "77", "78", "91", "92", "93", "94", "95"})
    void chaque_departement_francilien_donne_le_territoire_111(String departement) {
        Commune uneCommune = referentiel.toutesLesCommunes().stream()
                .filter(c -> c.codeDepartement().equals(departement)).findFirst().orElseThrow();
        assertThat(referentiel.territoireDeCommune(uneCommune).code()).isEqualTo("111");
        assertThat(referentiel.territoire("0" + departement)).isEmpty();
    }

    @Test
    void ajaccio_et_la_corse() {
        Commune ajaccio = referentiel.commune("2A004").orElseThrow();
        assertThat(ajaccio.nom()).isEqualTo("Ajaccio");
        assertThat(referentiel.territoireDeCommune(ajaccio).code()).isEqualTo("02A");
        assertThat(referentiel.commune("2a004")).contains(ajaccio);
        assertThat(referentiel.territoire("02B").orElseThrow().libelle()).isEqualTo("Haute-Corse");
        assertThat(referentiel.departement("2A").orElseThrow().nom()).isEqualTo("Corse-du-Sud");
    }

    @Test
    void un_code_ancien_pris_dans_le_fichier_renvoie_a_la_commune_actuelle() {
        List<String[]> anciens = FichierReferentiel.lire("anciens-codes.csv", "ancien", "actuel");
        String[] premier = anciens.getFirst();
        String[] dernier = anciens.getLast();
        for (String[] ancienActuel : List.of(premier, dernier)) {
            assertThat(referentiel.estCodeAncien(ancienActuel[0])).isTrue();
            assertThat(referentiel.commune(ancienActuel[0]).orElseThrow().code()).isEqualTo(ancienActuel[1]);
            assertThat(referentiel.estCodeAncien(ancienActuel[1])).isFalse();
        }
        // every former code resolves to a current commune
        assertThat(anciens).allSatisfy(l -> assertThat(referentiel.commune(l[0])).isPresent());
    }

    @Test
    void une_commune_deleguee_renvoie_a_sa_commune_nouvelle_sauf_si_son_code_est_aussi_actuel() {
        Map<String, Long> occurrences = lignesCommunes.stream().collect(Collectors.groupingBy(l -> l[0],
                Collectors.counting()));
        String[] deleguee = lignesCommunes.stream()
                .filter(l -> l[2].equals("commune-deleguee") && occurrences.get(l[0]) == 1).findFirst().orElseThrow();
        assertThat(referentiel.commune(deleguee[0]).orElseThrow().code()).isEqualTo(deleguee[6]);
        assertThat(referentiel.estCodeAncien(deleguee[0])).isTrue();

        String[] delegueeChefLieu = lignesCommunes.stream()
                .filter(l -> l[2].equals("commune-deleguee") && occurrences.get(l[0]) == 2).findFirst().orElseThrow();
        Commune actuelle = referentiel.commune(delegueeChefLieu[0]).orElseThrow();
        assertThat(actuelle.code()).isEqualTo(delegueeChefLieu[0]);
        assertThat(actuelle.type()).isEqualTo(Commune.TYPE_COMMUNE_ACTUELLE);
        assertThat(referentiel.estCodeAncien(delegueeChefLieu[0])).isFalse();
    }

    @Test
    void un_code_inconnu_ne_donne_rien() {
        assertThat(referentiel.commune("00000")).isEmpty();
        assertThat(referentiel.estCodeAncien("00000")).isFalse();
        assertThat(referentiel.departement("00")).isEmpty();
        assertThat(referentiel.epci("000000000")).isEmpty();
        assertThat(referentiel.communesDeEpci("000000000")).isEmpty();
        assertThat(referentiel.territoire("999")).isEmpty();
    }

    @Test
    void chaque_commune_a_un_territoire_de_trois_caracteres_qui_se_retrouve_par_son_code() {
        Map<String, Territoire> territoires = new HashMap<>();
        for (Commune commune : referentiel.toutesLesCommunes()) {
            Territoire territoire = referentiel.territoireDeCommune(commune);
            assertThat(territoire.code()).hasSize(3);
            territoires.putIfAbsent(territoire.code(), territoire);
        }
        territoires.values().forEach(t -> assertThat(referentiel.territoire(t.code())).contains(t));
        // 101 départements + COM with communes, minus the 8 of Île-de-France merged into one territory
        assertThat(territoires).hasSizeBetween(90, 110).containsKey("111");
    }

    @Test
    void les_drom_et_les_com_ont_leur_territoire() {
        for (String code : List.of("971", "972", "973", "974", "976", "975", "977", "978", "986", "987", "988")) {
            Departement departement = referentiel.departement(code).orElseThrow();
            Commune commune = referentiel.toutesLesCommunes().stream()
                    .filter(c -> c.codeDepartement().equals(code)).findFirst().orElseThrow();
            assertThat(referentiel.territoireDeCommune(commune)).isEqualTo(new Territoire(code, departement.nom()));
        }
    }

    @Test
    void les_membres_d_un_epci_sont_ceux_du_fichier() {
        Map<String, Long> membresParEpci = lignesCommunes.stream()
                .filter(l -> l[2].equals("commune-actuelle") && !l[7].isEmpty())
                .collect(Collectors.groupingBy(l -> l[7], Collectors.counting()));
        assertThat(membresParEpci).hasSizeBetween(1_200, 1_300);
        membresParEpci.forEach((siren, nombre) -> {
            assertThat(referentiel.epci(siren)).isPresent();
            assertThat(referentiel.communesDeEpci(siren)).hasSize(nombre.intValue())
                    .allSatisfy(c -> assertThat(c.sirenEpci()).isEqualTo(siren));
        });
        String lille = referentiel.commune("59350").orElseThrow().sirenEpci();
        assertThat(referentiel.communesDeEpci(lille)).extracting(Commune::nom).contains("Lille", "Roubaix");
    }

    @Test
    void les_listes_sont_immuables() {
        Commune lille = referentiel.commune("59350").orElseThrow();
        assertThatThrownBy(() -> lille.codesPostaux().add("00000")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> referentiel.communesDeEpci(lille.sirenEpci()).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
