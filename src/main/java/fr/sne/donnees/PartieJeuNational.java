package fr.sne.donnees;

import java.sql.Connection;

/**
 * One part of the national dataset, written by the module that owns its tables (the demande module writes the
 * demandes, their persons, communes, movements, warnings and notices; a later capability adds its dwellings,
 * pièces, DRM rows or scores). Parts run one after the other, in their {@link #ordre()}, each in its own
 * transaction on the connection given: what a part writes is committed only when it returns, so a part may read
 * what the parts before it wrote.
 * <p>
 * A part is deterministic: the same seed, size and starting database give the same rows.
 */
public interface PartieJeuNational {

    /** A short name, shown in the progress lines and the report ("demandes"). */
    String nom();

    /** Position among the parts: lower runs first (guichets before demandes, demandes before what hangs on them). */
    int ordre();

    /**
     * Called on every part before the first one writes (auto-commit off; what it reads is committed data): a part
     * that hangs on the rows of an earlier one notes here where the generation starts (the demandes written after
     * this call are the generation's). Nothing by default.
     */
    default void avantGeneration(Connection connexion) throws Exception {
    }

    /**
     * Writes the part, with {@code COPY} where volume matters, on the connection (auto-commit off; the caller
     * commits when this returns, rolls back if it throws).
     *
     * @param graine     the dataset's seed; a part derives its own random streams from it
     * @param demandes   the dataset's size, in demandes
     * @param progression where to report rows as they are written
     * @return the rows written, per table
     */
    BilanPartie ecrire(Connection connexion, long graine, int demandes, Progression progression) throws Exception;
}
