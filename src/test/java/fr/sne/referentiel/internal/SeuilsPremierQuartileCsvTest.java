package fr.sne.referentiel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.sne.referentiel.Commune;
import fr.sne.referentiel.SeuilsPremierQuartile.SeuilQuartile;

class SeuilsPremierQuartileCsvTest {

    private static final ReferentielGeographiqueCsv GEOGRAPHIE = new ReferentielGeographiqueCsv();
    private static final SeuilsPremierQuartileCsv SEUILS = new SeuilsPremierQuartileCsv();

    @Test
    void une_commune_prend_le_seuil_de_son_epci_l_annee_demandee() {
        Commune lille = GEOGRAPHIE.commune("59350").orElseThrow();
        // Métropole Européenne de Lille: 9 456 € per UC in the arrêté for 2026, 9 427 € for 2025
        assertThat(SEUILS.pourCommune(lille, 2026)).get().extracting(SeuilQuartile::q1).isEqualTo(9456);
        assertThat(SEUILS.pourCommune(lille, 2025)).get().extracting(SeuilQuartile::perimetre)
                .isEqualTo(lille.sirenEpci());
        assertThat(SEUILS.pourCommune(lille, 2023)).as("year not published here").isEmpty();
    }

    @Test
    void l_ile_de_france_est_un_seul_territoire_quel_que_soit_l_epci_de_la_commune() {
        SeuilQuartile paris = SEUILS.pourCommune(GEOGRAPHIE.commune("75056").orElseThrow(), 2026).orElseThrow();
        SeuilQuartile meaux = SEUILS.pourCommune(GEOGRAPHIE.commune("77284").orElseThrow(), 2026).orElseThrow();
        assertThat(paris.perimetre()).isEqualTo("111");
        assertThat(meaux).isEqualTo(paris);
    }

    @Test
    void chaque_annee_publiee_a_des_centaines_d_epci_et_chaque_seuil_est_plausible() {
        assertThat(SEUILS.annees()).containsExactly(2024, 2025, 2026);
        for (String[] l : FichierReferentiel.lire("quartiles.csv", "annee", "perimetre", "nom", "q1", "q2", "q3")) {
            int q1 = Integer.parseInt(l[3]);
            assertThat(q1).as(l[2]).isBetween(4000, 20000).isLessThan(Integer.parseInt(l[4]));
            assertThat(l[1].equals("111") || GEOGRAPHIE.epci(l[1]).isPresent()).as(l[1] + " " + l[2]).isTrue();
        }
    }
}
