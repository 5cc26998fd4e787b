package fr.sne.demande;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.FluxMouvements.Instantane;

/**
 * The demandes of a territory in bulk, as they stand, for the bulk exports of the {@code echanges} module (issue 16
 * §2, ADR 0022), which never reads the tables: one statement read with a server-side cursor, batch by batch, so
 * that any number of demandes passes with a flat heap. Called within the caller's transaction: for one consistent
 * snapshot, the caller opens a read-only REPEATABLE READ transaction around {@link #compter} and {@link #parcourir}
 * (and its reads of other modules' data).
 */
public interface InstantanesDemandes {

    /**
     * The demandes the actor may see ({@link VisibiliteDemandes}), of these statuses, in one of these territories
     * or wishing a commune of these départements or one of these communes (any rank), not erased.
     *
     * @param statuts      ACTIVE, RADIEE (at least one)
     * @param territoires  whole territories ("059", "111")
     * @param departements départements whose communes are wished ("75", "2A"), for a département that is not a
     *                     territory of its own (Île-de-France's)
     * @param communes     INSEE codes of communes wished
     */
    record Selection(Set<String> statuts, Set<String> territoires, Set<String> departements, Set<String> communes) {

        public Selection {
            statuts = Set.copyOf(statuts);
            territoires = Set.copyOf(territoires);
            departements = Set.copyOf(departements);
            communes = Set.copyOf(communes);
        }
    }

    /** A demande as it stands, with its number. */
    record DemandeInstantanee(String numeroUnique, Instantane demande) {
    }

    /** How many demandes {@link #parcourir} would give now (in the caller's snapshot). */
    long compter(Selection selection, Acteur acteur);

    /**
     * Hands the demandes selected to the consumer in batches of at most {@code taille}, in the order of their
     * registration, reading them with a cursor of that fetch size: no more than one batch is held at a time. The
     * consumer may read other data in the same transaction between batches.
     */
    void parcourir(Selection selection, Acteur acteur, int taille, Consumer<List<DemandeInstantanee>> lot);

    /** Those of these demandes whose nominative data are erased now (one year after their radiation). */
    Set<String> effacees(Collection<String> numerosUniques);
}
