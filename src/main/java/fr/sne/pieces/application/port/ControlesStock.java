package fr.sne.pieces.application.port;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** What the nightly check of the store reads and writes in the database. */
public interface ControlesStock {

    /**
     * Hands the storage keys of every piece that keeps its object (not deleted) to {@code cle}, in the byte order of
     * the keys (the order of the store's listing), read by a cursor: memory stays flat however many pieces.
     */
    void clesConservees(Consumer<String> cle);

    /** Records one night's report and forgets those older than {@code oubliAvant}. */
    void enregistrer(Rapport rapport, Instant oubliAvant);

    /** The latest reports, newest first. */
    List<Rapport> derniers(int combien);

    /**
     * One night's report.
     *
     * @param exemplesObjets the first keys of objects without a piece (at most {@code EXEMPLES})
     * @param exemplesPieces the first keys of pieces without an object
     */
    record Rapport(Instant faitLe, long objets, long pieces, long objetsSansPiece, long piecesSansObjet,
            List<String> exemplesObjets, List<String> exemplesPieces) {

        public static final int EXEMPLES = 20;

        public Rapport {
            exemplesObjets = List.copyOf(exemplesObjets);
            exemplesPieces = List.copyOf(exemplesPieces);
        }
    }
}
