package fr.sne.commun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/**
 * Where uploaded files wait while a request is served (multipart parts, and the copies a use case reads): one folder,
 * {@code sne.televersements.dossier} (a temporary folder when empty), emptied by each request as it ends. A part
 * larger than {@code sne.televersements.seuil-memoire} goes to disk as it is read, never whole in memory. The
 * multipart parser stops reading a body larger than {@code sne.televersements.taille-max-requete} while it streams
 * (413): the ceiling of every path, which must be at least the largest per-path limit of
 * {@code sne.api.limites-corps} that takes multipart bodies ({@link LimiteTailleCorps} refuses at once a larger body
 * that declares its length).
 */
@Configuration(proxyBeanMethods = false)
public class Televersements {

    private final Path dossier;
    private final DataSize tailleMaxRequete;
    private final DataSize seuilMemoire;

    Televersements(@Value("${sne.televersements.dossier:}") String dossier,
            @Value("${sne.televersements.taille-max-requete:11MB}") DataSize tailleMaxRequete,
            @Value("${sne.televersements.seuil-memoire:64KB}") DataSize seuilMemoire) {
        try {
            this.dossier = dossier.isBlank() ? Files.createTempDirectory("sne-televersements")
                    : Files.createDirectories(Path.of(dossier)).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("dossier des téléversements impossible à créer : " + dossier, e);
        }
        this.tailleMaxRequete = tailleMaxRequete;
        this.seuilMemoire = seuilMemoire;
    }

    /** The folder of the files being uploaded. */
    public Path dossier() {
        return dossier;
    }

    /** A new empty file in the folder, for the copy of an uploaded part; the caller deletes it. */
    public Path nouveauFichier() {
        try {
            return Files.createTempFile(dossier, "piece-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("fichier temporaire impossible à créer", e);
        }
    }

    @Bean
    MultipartConfigElement configurationMultipart() {
        MultipartConfigFactory fabrique = new MultipartConfigFactory();
        fabrique.setLocation(dossier.toString());
        fabrique.setMaxFileSize(tailleMaxRequete);
        fabrique.setMaxRequestSize(tailleMaxRequete);
        fabrique.setFileSizeThreshold(seuilMemoire);
        return fabrique.createMultipartConfig();
    }
}
