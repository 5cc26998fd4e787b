package fr.sne.demande;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.acteur.Acteur;

/**
 * The movements in the order of the vendors' feed (issue 16 §1, ADR 0020), each with the demande as it stands when
 * read: the demande module's read of its journal for the {@code echanges} module, which never reads the tables.
 *
 * <p>Order and horizon: movements are ordered by (transaction that wrote them, id), and only those of transactions
 * older than the oldest one still running are served. The horizon is taken first, then the page is read below it:
 * a transaction below the horizon has ended, so its movements are all visible to the page's statement, and none
 * can appear later below a position already passed.
 */
public interface FluxMouvements {

    /**
     * The oldest transaction still running now (PostgreSQL's {@code pg_snapshot_xmin(pg_current_snapshot())}):
     * every movement of a lower transaction is committed (or rolled back) for good.
     */
    long horizon();

    /**
     * The next movements after a position, oldest first, below a horizon, that the actor may see.
     *
     * @param apres    the last position given (exclusive); {@link Position#DEBUT} for the first call
     * @param horizon  a value of {@link #horizon()} taken before this call; only lower transactions are read
     * @param depuis   only movements dated from this instant (a first call's filter), null: any
     * @param communes only the demandes wishing one of these INSEE codes (any rank), empty: all the actor sees
     * @param limite   at most this many
     */
    List<MouvementInstantane> lire(Position apres, long horizon, @Nullable Instant depuis, List<String> communes,
            Acteur acteur, int limite);

    /**
     * The same page in its compact form (ADR 0020): each movement's document without the demande's content it
     * carries ({@link FormatMouvement#sansDemande}) and with no demande of its own, then the page's demandes as they
     * stand when read, each once (a demande has about four movements: the volume read, carried and written falls by
     * more than half).
     */
    PageCompacte lireCompacte(Position apres, long horizon, @Nullable Instant depuis, List<String> communes,
            Acteur acteur, int limite);

    /**
     * Only which movements follow a position, below a horizon, that the actor may see: position, type and numéro,
     * neither their documents nor their demandes (for a reader that only needs to know what happened to whom, as the
     * applicants' notifications do: the documents and the demandes are most of a page's cost).
     */
    List<Entete> lireEntetes(Position apres, long horizon, @Nullable Instant depuis, Acteur acteur, int limite);

    /** What a movement is, without its document: its position, its type ({@code CRE}, {@code EVT}…), its demande. */
    record Entete(Position position, String type, String numeroUnique) {
    }

    /**
     * A page in its compact form.
     *
     * @param mouvements oldest first, each with {@code demande} null
     * @param demandes   the demandes of the page's movements that the registry holds, by numéro, in the order of
     *                   their first movement in the page
     */
    record PageCompacte(List<MouvementInstantane> mouvements, Map<String, Instantane> demandes) {
        public PageCompacte {
            mouvements = List.copyOf(mouvements);
            // the reader's own map, not copied again (2,300 entries a page): the producer keeps no reference
            demandes = java.util.Collections.unmodifiableMap(demandes);
        }
    }

    /**
     * A position in the feed: the transaction that wrote a movement ({@code mouvement.xid}) and its id.
     */
    record Position(long transaction, long id) implements Comparable<Position> {

        /** Before every movement. */
        public static final Position DEBUT = new Position(0, 0);

        public Position {
            if (transaction < 0 || id < 0) {
                throw new IllegalArgumentException("position négative");
            }
        }

        @Override
        public int compareTo(Position autre) {
            int t = Long.compare(transaction, autre.transaction);
            return t != 0 ? t : Long.compare(id, autre.id);
        }
    }

    /**
     * A movement and the demande as it stands when read.
     *
     * @param versionDemande the version the movement moved the demande to (an EVT: the one it was recorded on);
     *                       null only for a movement of a demande gone before V92
     * @param document       the movement's stored document (ADR 0011, {@link DocumentMouvement}), raw JSON
     * @param demande        the demande when read, whose {@code version} is at least {@code versionDemande}; null
     *                       when the registry no longer holds it
     */
    record MouvementInstantane(Position position, String type, Instant horodatage, @Nullable String guichet,
            String numeroUnique, @Nullable Integer versionDemande, String document, @Nullable Instantane demande) {
    }

    /**
     * A demande as it stands when read: its row's state and its content document.
     *
     * @param contenu         the stored content document (the rubriques of {@code ContenuDemande}, without its
     *                        storage version), raw JSON; null once erased
     * @param donneesEffacees true once erased (one year after its radiation): only the number, territory, status,
     *                        dates and radiation remain
     */
    record Instantane(int version, String statut, String territoire, LocalDate dateDepot,
            @Nullable LocalDate dateDernierRenouvellement, LocalDate dateFinValidite, String guichetEnregistreur,
            Instant enregistreeLe, Instant modifieeLe, @Nullable String motifRadiation,
            @Nullable String sousMotifRadiation, @Nullable LocalDate dateRadiation, boolean donneesEffacees,
            @Nullable String contenu) {
    }
}
