package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A refusal's message is its catalogue template filled with typed values; its details are written as text. */
class RefusTest {

    @Test
    void le_message_est_le_modele_du_catalogue_rempli() {
        LocalDate le = LocalDate.of(2026, 2, 3);
        Refus refus = Refus.de(CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE, Map.of("radiationPossibleLe", le))
                .avecDetails(Map.of("radiationPossibleLe", le, "rang", 2));

        assertThat(refus.message()).isEqualTo(CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE.modele()
                .replace("{radiationPossibleLe}", "2026-02-03"));
        assertThat(refus.details()).containsEntry("radiationPossibleLe", le);
        assertThat(refus.detailsTexte()).containsEntry("radiationPossibleLe", "2026-02-03").containsEntry("rang", 2);
        assertThat(refus).isInstanceOf(Decision.class);
        assertThat(refus.accordee()).isFalse();
    }

    @Test
    void un_refus_sans_la_valeur_d_un_parametre_n_est_pas_construit() {
        assertThatThrownBy(() -> Refus.de(CodeMotif.DELAI_AVERTISSEMENT_NON_ECOULE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("radiationPossibleLe");
    }

    @Test
    void une_issue_donne_son_evenement_ou_l_exception_du_bord() {
        Issue<String> acceptee = Issue.acceptee("fait");
        Issue<String> refusee = Issue.refusee(Refus.de(CodeMotif.FUSION_MEME_DEMANDE));

        assertThat(acceptee.ouSinon(r -> new IllegalStateException())).isEqualTo("fait");
        assertThat(acceptee.refusee()).isEmpty();
        assertThatThrownBy(() -> refusee.ouSinon(r -> new ConflitException(r.code(), r.message(), Map.of())))
                .isInstanceOf(ConflitException.class).hasMessage(CodeMotif.FUSION_MEME_DEMANDE.modele());
        assertThat(refusee.refusee()).map(Refus::code).contains(CodeMotif.FUSION_MEME_DEMANDE);
    }
}
