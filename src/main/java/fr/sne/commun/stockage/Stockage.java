package fr.sne.commun.stockage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the registry keeps the files it produces (batches of letters to print, bulk exports...), by key: a relative
 * path of {@code /}-separated segments of letters, digits, {@code -}, {@code _} and {@code .}, no segment starting
 * with a dot, at most {@value CleStockage#LONGUEUR_MAX} characters ({@link CleStockage}); any other key is refused
 * with an {@link IllegalArgumentException} before the store is asked.
 * <p>
 * Contents go through streams, so a file of any size passes with a flat heap. A write replaces the file whole or
 * not at all: a reader sees the old content or the new one, never part of it. Two implementations, chosen by
 * {@code sne.stockage.type} (ADR 0018): a data folder ({@link DossierStockage}) and an S3-compatible object store
 * ({@link S3Stockage}).
 */
public interface Stockage {

    /**
     * Writes (or replaces) the file of this key from this stream, read to its end (the caller closes it), atomically;
     * nothing is left when the stream fails.
     *
     * @return the size written and its SHA-256, computed while writing
     */
    Ecriture ecrire(String cle, InputStream contenu);

    /**
     * The content of the file of this key, as a stream the caller closes; empty when there is none.
     */
    Optional<InputStream> ouvrir(String cle);

    /**
     * The bytes {@code [debut, debut + longueur)} of the file of this key (fewer when the file ends before), as a
     * stream the caller closes; empty when there is none (an HTTP range request).
     *
     * @throws IllegalArgumentException when {@code debut} is negative or at or past the end of the file, or
     *         {@code longueur} is not positive
     */
    Optional<InputStream> ouvrir(String cle, long debut, long longueur);

    /** The size and time of last change of the file of this key, if any. */
    Optional<ObjetStocke> decrire(String cle);

    /**
     * The files whose key starts with this prefix ({@code ""} for all; {@code "exports/"} for a folder), in the
     * order of their keys, read page by page as the stream is consumed, never all at once: close the stream.
     */
    Stream<ObjetStocke> lister(String prefixe);

    /** Deletes the file of this key; true if it existed. Deleting a missing file is no error. */
    boolean supprimer(String cle);

    /** Writes (or replaces) the file of this key with these bytes, atomically. */
    default Ecriture ecrire(String cle, byte[] contenu) {
        return ecrire(cle, new ByteArrayInputStream(contenu));
    }

    /** The whole file of this key, if any: for small files only. */
    default Optional<byte[]> lire(String cle) {
        Optional<InputStream> flux = ouvrir(cle);
        if (flux.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream contenu = flux.get()) {
            return Optional.of(contenu.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("lecture de " + cle + " impossible", e);
        }
    }

    /** Whether a file of this key exists. */
    default boolean existe(String cle) {
        return decrire(cle).isPresent();
    }
}
