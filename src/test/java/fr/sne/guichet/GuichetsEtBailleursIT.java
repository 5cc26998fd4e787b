package fr.sne.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.sne.TestIntegration;

@TestIntegration
class GuichetsEtBailleursIT {

    @Autowired
    Guichets guichets;

    @Autowired
    Bailleurs bailleurs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void un_guichet_de_demo_est_trouve_avec_son_adresse() {
        Guichet guichet = guichets.parCode("G6201").orElseThrow();

        assertThat(guichet.nom()).isEqualTo("Artois Logis (démo)");
        assertThat(guichet.type()).isEqualTo("BAILLEUR");
        assertThat(guichet.territoire()).isEqualTo("062");
        assertThat(guichet.adresse()).containsExactly("4 boulevard des Houillères", "62300 Lens");
        assertThat(guichets.parCode("GDPUB")).get().extracting(Guichet::type).isEqualTo("PORTAIL");
        assertThat(guichets.parCode("G0000")).isEmpty();
        assertThat(guichets.parCode("trop-long")).isEmpty();
    }

    @Test
    void les_bailleurs_de_demo_presents_dans_les_communes_demandees() {
        List<String> lille = noms(bailleurs.presentsDans(List.of("59350")));
        List<String> arrasEtLens = noms(bailleurs.presentsDans(List.of("62041", "62498")));

        assertThat(lille).containsExactly("Habitat du Nord (démo)", "Métropole Logis (démo)");
        assertThat(arrasEtLens).containsExactly("Artois Logis (démo)", "Beffroi Habitat (démo)",
                "Les Foyers flamands (démo)");
        assertThat(bailleurs.presentsDans(List.of())).isEmpty();
        assertThat(bailleurs.presentsDans(List.of("01001"))).isEmpty();
    }

    @Test
    void paris_entier_trouve_les_bailleurs_des_arrondissements_et_reciproquement() {
        List<String> paris = noms(bailleurs.presentsDans(List.of("75056")));
        List<String> douzieme = noms(bailleurs.presentsDans(List.of("75112")));
        List<String> saintDenis = noms(bailleurs.presentsDans(List.of("93066")));

        assertThat(paris).containsExactly("Lutèce Logement (démo)", "Plaine Commune Habitat social (démo)",
                "Résidences de la Seine (démo)");
        assertThat(douzieme).containsExactly("Lutèce Logement (démo)", "Plaine Commune Habitat social (démo)",
                "Résidences de la Seine (démo)");
        assertThat(saintDenis).containsExactly("Plaine Commune Habitat social (démo)",
                "Résidences de la Seine (démo)");
    }

    @Test
    void chaque_bailleur_n_apparait_qu_une_fois_et_la_liste_suit_l_ordre_alphabetique_francais() {
        jdbc.sql("""
                insert into bailleur (siren, nom, code_postal, commune) values
                    ('990800013', 'Élan Habitat (test)', '80000', 'Amiens'),
                    ('990800021', 'Zéphyr Logement (test)', '80000', 'Amiens'),
                    ('990800039', 'Eaux Vives Habitat (test)', '80000', 'Amiens')
                on conflict do nothing
                """).update();
        jdbc.sql("""
                insert into bailleur_commune (siren, code_commune) values
                    ('990800013', '80021'), ('990800013', '80001'), ('990800021', '80021'), ('990800039', '80001')
                on conflict do nothing
                """).update();

        List<Bailleur> trouves = bailleurs.presentsDans(Set.of("80021", "80001"));

        assertThat(noms(trouves)).containsExactly("Eaux Vives Habitat (test)", "Élan Habitat (test)",
                "Zéphyr Logement (test)");
        assertThat(noms(trouves)).isSortedAccordingTo(Collator.getInstance(Locale.FRENCH));
        assertThat(trouves.get(1).adresse()).containsExactly("80000 Amiens");
    }

    private static List<String> noms(List<Bailleur> bailleurs) {
        return bailleurs.stream().map(Bailleur::nom).toList();
    }
}
