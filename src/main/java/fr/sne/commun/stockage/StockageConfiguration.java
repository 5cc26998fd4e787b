package fr.sne.commun.stockage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The storage of produced files: a data folder, {@code sne.stockage.dossier} ({@code ${SNE_DATA_DIR}/stockage} in
 * the local run; a temporary folder when empty, as in the tests).
 */
@Configuration(proxyBeanMethods = false)
public class StockageConfiguration {

    @Bean
    Stockage stockage(@Value("${sne.stockage.dossier:}") String dossier) throws IOException {
        Path racine = dossier.isBlank() ? Files.createTempDirectory("sne-stockage-") : Path.of(dossier);
        return new DossierStockage(racine);
    }
}
