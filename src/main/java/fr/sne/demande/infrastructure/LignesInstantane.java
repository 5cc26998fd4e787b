package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.sne.commun.json.MembresJson;
import fr.sne.demande.FluxMouvements.Instantane;

/**
 * A demande as it stands when read ({@link Instantane}), from a row of {@code demande d}: the columns to select and
 * their reading, one for the feed's pages and the exports' snapshot alike. An erased demande gives its state without
 * content.
 */
final class LignesInstantane {

    /** The columns of {@code demande d} an {@link Instantane} is read from, with {@code numero_unique}. */
    static final String COLONNES = """
            d.numero_unique, d.version, d.statut, d.territoire, d.date_depot, d.date_dernier_renouvellement,
            d.date_fin_validite, d.guichet_enregistreur, d.enregistree_le, d.modifiee_le, d.motif_radiation,
            d.sous_motif_radiation, d.date_radiation, d.purgee_le is not null as effacee,
            case when d.purgee_le is null then cast(d.contenu as text) end as contenu""";

    private LignesInstantane() {
    }

    /**
     * The content without its storage version (the instant's {@code version} is the demande's), taken out of the
     * text ({@code contenu - 'version'} in the statement built a new {@code jsonb} per demande, a third of the cost
     * of reading it).
     */
    private static @Nullable String sansVersion(@Nullable String contenu) {
        return contenu == null ? null : MembresJson.sansMembre(contenu, "version");
    }

    /** The current row of a result selecting {@link #COLONNES}. */
    static Instantane lire(ResultSet rs) throws SQLException {
        return new Instantane(rs.getInt("version"), rs.getString("statut"), rs.getString("territoire"),
                rs.getObject("date_depot", LocalDate.class),
                rs.getObject("date_dernier_renouvellement", LocalDate.class),
                rs.getObject("date_fin_validite", LocalDate.class), rs.getString("guichet_enregistreur"),
                rs.getTimestamp("enregistree_le").toInstant(), rs.getTimestamp("modifiee_le").toInstant(),
                rs.getString("motif_radiation"), rs.getString("sous_motif_radiation"),
                rs.getObject("date_radiation", LocalDate.class), rs.getBoolean("effacee"),
                sansVersion(rs.getString("contenu")));
    }
}
