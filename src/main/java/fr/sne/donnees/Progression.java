package fr.sne.donnees;

/** Where a part reports its progress: the generator prints rows and rate per part. */
@FunctionalInterface
public interface Progression {

    /** @param lignes rows written so far by the part, all tables together */
    void avancer(long lignes);
}
