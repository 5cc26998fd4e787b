package fr.sne.commun.stockage;

import java.util.Optional;

/**
 * Where the registry keeps the files it produces (batches of letters to print...), by key: a relative path of
 * {@code /}-separated segments of letters, digits, {@code -}, {@code _} and {@code .}. A write replaces the file
 * whole or not at all. One implementation today, a data folder ({@link DossierStockage}); an object store comes
 * later behind the same interface.
 */
public interface Stockage {

    /** Writes (or replaces) the file of this key, atomically. */
    void ecrire(String cle, byte[] contenu);

    /** The file of this key, if any. */
    Optional<byte[]> lire(String cle);

    /** Whether a file of this key exists. */
    boolean existe(String cle);

    /** Deletes the file of this key; true if it existed. */
    boolean supprimer(String cle);
}
