package fr.sne.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.sne.attribution.domaine.FluxLigne;
import fr.sne.attribution.domaine.PartFlux;
import fr.sne.attribution.domaine.PartsFluxBailleur;
import fr.sne.attribution.domaine.ReservataireCategorie;
import fr.sne.commun.CodeMotif;
import fr.sne.commun.Issue;
import fr.sne.commun.Refus;

/** The legal caps of the shares of a bailleur's flux (décret 2020-145, R441-5 CCH), and a flux line's arithmetic. */
class PartsFluxBailleurTest {

    private static final String SIREN = "990590010";

    private static PartFlux part(long id, ReservataireCategorie categorie, String part) {
        return new PartFlux(id, categorie, SIREN, 2026, new BigDecimal(part));
    }

    private static PartsFluxBailleur parts(PartFlux... parts) {
        return new PartsFluxBailleur(SIREN, 2026, List.of(parts));
    }

    private static Refus refus(Issue<PartFlux> issue) {
        return issue.refusee().orElseThrow(() -> new AssertionError("acceptée : " + issue));
    }

    @Test
    void le_prefet_reserve_jusqu_a_30_pour_cent_prioritaires_et_agents_ensemble() {
        PartsFluxBailleur actuelles = parts(part(2, ReservataireCategorie.ETAT_AGENTS, "5"));
        assertThat(actuelles.fixer(1, ReservataireCategorie.ETAT_PRIORITAIRES, new BigDecimal("25")).estAcceptee())
                .isTrue();
        Refus refus = refus(actuelles.fixer(1, ReservataireCategorie.ETAT_PRIORITAIRES, new BigDecimal("25.01")));
        assertThat(refus.code()).isEqualTo(CodeMotif.PART_FLUX_PLAFOND_ETAT);
        assertThat(refus.message()).contains("30,01 %", SIREN, "2026");
        // alone, above 30 %
        assertThat(refus(parts().fixer(1, ReservataireCategorie.ETAT_PRIORITAIRES, new BigDecimal("31"))).code())
                .isEqualTo(CodeMotif.PART_FLUX_PLAFOND_ETAT);
    }

    @Test
    void les_agents_de_l_etat_ont_au_plus_5_pour_cent_compris_dans_les_30() {
        assertThat(parts().fixer(2, ReservataireCategorie.ETAT_AGENTS, new BigDecimal("5")).estAcceptee()).isTrue();
        assertThat(refus(parts().fixer(2, ReservataireCategorie.ETAT_AGENTS, new BigDecimal("5.5"))).code())
                .isEqualTo(CodeMotif.PART_FLUX_PLAFOND_AGENTS_ETAT);
        // 5 % of agents on top of 26 % of prioritaires: the préfet's 30 % is exceeded
        PartsFluxBailleur prioritaires = parts(part(1, ReservataireCategorie.ETAT_PRIORITAIRES, "26"));
        assertThat(refus(prioritaires.fixer(2, ReservataireCategorie.ETAT_AGENTS, new BigDecimal("5"))).code())
                .isEqualTo(CodeMotif.PART_FLUX_PLAFOND_ETAT);
        // two réservataires of State agents share the 5 %
        PartsFluxBailleur agents = parts(part(2, ReservataireCategorie.ETAT_AGENTS, "3"));
        assertThat(refus(agents.fixer(7, ReservataireCategorie.ETAT_AGENTS, new BigDecimal("2.5"))).code())
                .isEqualTo(CodeMotif.PART_FLUX_PLAFOND_AGENTS_ETAT);
    }

    @Test
    void tous_les_reservataires_ensemble_ont_au_plus_100_pour_cent() {
        PartsFluxBailleur actuelles = parts(part(1, ReservataireCategorie.ETAT_PRIORITAIRES, "25"),
                part(3, ReservataireCategorie.COLLECTIVITE, "20"), part(4, ReservataireCategorie.ACTION_LOGEMENT, "40"));
        assertThat(actuelles.fixer(5, ReservataireCategorie.BAILLEUR, new BigDecimal("15")).estAcceptee()).isTrue();
        Refus refus = refus(actuelles.fixer(5, ReservataireCategorie.BAILLEUR, new BigDecimal("15.5")));
        assertThat(refus.code()).isEqualTo(CodeMotif.PART_FLUX_TOTAL_DEPASSE);
        assertThat(refus.message()).contains("100,5 %");
    }

    @Test
    void une_part_remplace_celle_du_meme_reservataire() {
        PartsFluxBailleur actuelles = parts(part(1, ReservataireCategorie.ETAT_PRIORITAIRES, "30"),
                part(4, ReservataireCategorie.ACTION_LOGEMENT, "70"));
        // lowering or keeping one's own share is not counted twice
        assertThat(actuelles.fixer(1, ReservataireCategorie.ETAT_PRIORITAIRES, new BigDecimal("30")).estAcceptee())
                .isTrue();
        assertThat(actuelles.fixer(4, ReservataireCategorie.ACTION_LOGEMENT, new BigDecimal("0")).estAcceptee())
                .isTrue();
        assertThat(actuelles.total()).isEqualByComparingTo("100");
    }

    @Test
    void une_part_hors_de_0_a_100_n_est_pas_une_part() {
        assertThatThrownBy(() -> part(1, ReservataireCategorie.AUTRE, "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> part(1, ReservataireCategorie.AUTRE, "100.01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> part(1, ReservataireCategorie.AUTRE, "1.005"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void l_objectif_est_la_part_des_logements_mis_en_attribution_et_l_ecart_ce_qui_reste() {
        FluxLigne ligne = FluxLigne.de(SIREN, new BigDecimal("25"), 10, 1);
        assertThat(ligne.objectif()).isEqualByComparingTo("2.5");
        assertThat(ligne.ecart()).isEqualByComparingTo("-1.5");
        FluxLigne sansPart = FluxLigne.de(null, BigDecimal.ZERO, 0, 2);
        assertThat(sansPart.objectif()).isEqualByComparingTo("0");
        assertThat(sansPart.ecart()).isEqualByComparingTo("2");
        assertThat(PartsFluxBailleur.pourcentage(new BigDecimal("30.00"))).isEqualTo("30");
        assertThat(PartsFluxBailleur.pourcentage(new BigDecimal("12.50"))).isEqualTo("12,5");
    }
}
