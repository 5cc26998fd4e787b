package fr.sne.commun.stockage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage's contract on the data folder, and what the folder adds: files laid out by key, nothing escaping. */
class DossierStockageTest extends ContratStockage {

    @TempDir
    Path zone;

    private Path dossier;
    private DossierStockage stockage;

    @BeforeEach
    void preparer() throws IOException {
        // the storage's folder inside the test's area: a key that escaped would land beside it
        dossier = Files.createDirectory(zone.resolve("stockage"));
        stockage = new DossierStockage(dossier);
    }

    @Override
    Stockage stockage() {
        return stockage;
    }

    @Override
    List<String> memeStockageDepuisUnAutreProcessus() {
        return List.of("dossier", dossier.toString());
    }

    @Override
    List<String> toutCeQuiExiste() throws IOException {
        try (Stream<Path> fichiers = Files.walk(zone)) {
            return fichiers.filter(Files::isRegularFile).map(f -> dossier.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void le_fichier_est_a_son_chemin_sous_le_dossier_sans_temporaire_qui_reste() throws IOException {
        String cle = "avis-renouvellement/2027-10-26/G5901.pdf";
        stockage.ecrire(cle, "un".getBytes(StandardCharsets.UTF_8));
        stockage.ecrire(cle, "deux".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(dossier.resolve(cle))).isEqualTo("deux");
        assertThat(dossier.resolve("avis-renouvellement/2027-10-26").toFile().list()).containsExactly("G5901.pdf");
    }

    @Test
    void un_temporaire_en_cours_d_ecriture_n_apparait_pas_dans_la_liste() throws IOException {
        stockage.ecrire("lots/a.pdf", new byte[] {1});
        Files.write(dossier.resolve("lots/.ecriture-123.tmp"), new byte[] {2});

        assertThat(cles(stockage, "lots/")).containsExactly("lots/a.pdf");
        assertThat(cles(stockage, "")).containsExactly("lots/a.pdf");
    }
}
