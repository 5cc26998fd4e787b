package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The body limit per path: the longest prefix that matches decides, on whole path segments only. */
class LimiteTailleCorpsTest {

    private final LimiteTailleCorps limite = new LimiteTailleCorps(DataSize.ofKilobytes(256),
            List.of("/v1.0/numerisation=100MB", "/v1.0/numerisation/cerfas=20MB", " "));

    @Test
    void le_prefixe_le_plus_long_decide_et_ailleurs_la_limite_commune() {
        assertThat(limite.max("/v1.0/numerisation")).isEqualTo(DataSize.ofMegabytes(100).toBytes());
        assertThat(limite.max("/v1.0/numerisation/autre")).isEqualTo(DataSize.ofMegabytes(100).toBytes());
        assertThat(limite.max("/v1.0/numerisation/cerfas")).isEqualTo(DataSize.ofMegabytes(20).toBytes());
        assertThat(limite.max("/v1.0/numerisationx")).isEqualTo(DataSize.ofKilobytes(256).toBytes());
        assertThat(limite.max("/v1.0/demandes")).isEqualTo(DataSize.ofKilobytes(256).toBytes());
        assertThat(limite.max("/v1.0")).isEqualTo(DataSize.ofKilobytes(256).toBytes());
    }

    @Test
    void une_entree_mal_formee_est_refusee_au_demarrage() {
        assertThatThrownBy(() -> new LimiteTailleCorps(DataSize.ofKilobytes(256), List.of("v1.0/x=1MB")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("taille-max-corps-par-chemin");
        assertThatThrownBy(() -> new LimiteTailleCorps(DataSize.ofKilobytes(256), List.of("/v1.0/x")))
                .isInstanceOf(IllegalStateException.class);
    }
}
