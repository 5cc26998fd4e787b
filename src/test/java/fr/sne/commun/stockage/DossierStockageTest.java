package fr.sne.commun.stockage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierStockageTest {

    @TempDir
    Path dossier;

    @Test
    void ecrit_relit_remplace_et_supprime_par_cle() {
        DossierStockage stockage = new DossierStockage(dossier);
        String cle = "avis-renouvellement/2027-10-26/G5901.pdf";
        assertThat(stockage.existe(cle)).isFalse();
        assertThat(stockage.lire(cle)).isEmpty();

        stockage.ecrire(cle, "un".getBytes(StandardCharsets.UTF_8));
        stockage.ecrire(cle, "deux".getBytes(StandardCharsets.UTF_8));

        assertThat(stockage.lire(cle)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                .isEqualTo("deux"));
        assertThat(Files.exists(dossier.resolve(cle))).isTrue();
        assertThat(dossier.resolve("avis-renouvellement/2027-10-26").toFile().list()).containsExactly("G5901.pdf");
        assertThat(stockage.supprimer(cle)).isTrue();
        assertThat(stockage.existe(cle)).isFalse();
    }

    @Test
    void une_cle_qui_sortirait_du_dossier_est_refusee() {
        DossierStockage stockage = new DossierStockage(dossier);
        assertThatThrownBy(() -> stockage.ecrire("../ailleurs.pdf", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> stockage.ecrire("/etc/passwd", new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
