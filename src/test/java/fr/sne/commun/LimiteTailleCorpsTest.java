package fr.sne.commun;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.unit.DataSize;

/** The body limit of a path: the first pattern of sne.api.limites-corps that matches it, else the default. */
class LimiteTailleCorpsTest {

    @Test
    void chaque_chemin_a_la_limite_du_premier_motif_qui_le_couvre_sinon_celle_par_defaut() {
        MockEnvironment environnement = new MockEnvironment()
                .withProperty("sne.api.limites-corps[0].chemin", "/v1.0/demandes/{numeroUnique}/pieces")
                .withProperty("sne.api.limites-corps[0].taille-max", "11MB")
                .withProperty("sne.api.limites-corps[1].chemin", "/v1.0/numerisation/**")
                .withProperty("sne.api.limites-corps[1].taille-max", "50MB");
        LimiteTailleCorps filtre = new LimiteTailleCorps(DataSize.ofKilobytes(256), environnement);

        assertThat(filtre.limite("/v1.0/demandes/0591226000001G5901/pieces")).isEqualTo(DataSize.ofMegabytes(11)
                .toBytes());
        assertThat(filtre.limite("/v1.0/numerisation/cerfas")).isEqualTo(DataSize.ofMegabytes(50).toBytes());
        assertThat(filtre.limite("/v1.0/demandes")).isEqualTo(256 * 1024);
        assertThat(filtre.limite("/v1.0/demandes/0591226000001G5901/pieces/3d198bd0/reclassement"))
                .isEqualTo(256 * 1024);
        assertThat(new LimiteTailleCorps(DataSize.ofKilobytes(256), new MockEnvironment()).limite("/v1.0/x"))
                .isEqualTo(256 * 1024);
    }
}
