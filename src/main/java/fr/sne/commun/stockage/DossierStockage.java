package fr.sne.commun.stockage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link Stockage} in a folder of the local disk: the key is the file's path under the folder. A write goes to a
 * temporary file beside its target, then is moved over it, so a reader never sees half a file.
 */
public final class DossierStockage implements Stockage {

    private static final Pattern CLE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");

    private final Path racine;

    public DossierStockage(Path racine) {
        this.racine = racine.toAbsolutePath().normalize();
    }

    public Path racine() {
        return racine;
    }

    @Override
    public void ecrire(String cle, byte[] contenu) {
        Path fichier = chemin(cle);
        try {
            Files.createDirectories(fichier.getParent());
            Path temporaire = Files.createTempFile(fichier.getParent(), ".ecriture-", ".tmp");
            try {
                Files.write(temporaire, contenu);
                try {
                    Files.move(temporaire, fichier, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporaire);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("écriture de " + cle + " impossible", e);
        }
    }

    @Override
    public Optional<byte[]> lire(String cle) {
        Path fichier = chemin(cle);
        try {
            return Files.isRegularFile(fichier) ? Optional.of(Files.readAllBytes(fichier)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de " + cle + " impossible", e);
        }
    }

    @Override
    public boolean existe(String cle) {
        return Files.isRegularFile(chemin(cle));
    }

    @Override
    public boolean supprimer(String cle) {
        try {
            return Files.deleteIfExists(chemin(cle));
        } catch (IOException e) {
            throw new UncheckedIOException("suppression de " + cle + " impossible", e);
        }
    }

    private Path chemin(String cle) {
        if (!CLE.matcher(cle).matches() || cle.contains("..")) {
            throw new IllegalArgumentException("clé de stockage invalide : " + cle);
        }
        return racine.resolve(cle);
    }
}
