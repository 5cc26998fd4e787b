package fr.sne.demande.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.demande.FluxMouvements;
import fr.sne.demande.VisibiliteDemandes;

/**
 * The feed's read of the journal: one range scan of {@code mouvement_xid_id_ix} from the position, below the
 * horizon, joined to the demande's row for its state when read; a document written before V96 gives
 * its countries by name ({@link PaysDesDocuments}). The horizon is read by its own statement, before
 * the page's (never in the same statement: the page must see every transaction below it ended).
 */
@Repository
class FluxMouvementsJdbc implements FluxMouvements {

    private final JdbcClient jdbc;
    private final VisibiliteDemandes visibilite;
    private final PaysDesDocuments pays;

    FluxMouvementsJdbc(JdbcClient jdbc, VisibiliteDemandes visibilite, PaysDesDocuments pays) {
        this.jdbc = jdbc;
        this.visibilite = visibilite;
        this.pays = pays;
    }

    @Override
    public long horizon() {
        return Long.parseLong(jdbc.sql("select cast(pg_snapshot_xmin(pg_current_snapshot()) as text)")
                .query(String.class).single());
    }

    @Override
    public List<MouvementInstantane> lire(Position apres, long horizon, @Nullable Instant depuis,
            List<String> communes, Acteur acteur, int limite) {
        VisibiliteDemandes.PredicatSql visible = visibilite.predicat(acteur, "m.territoire");
        Map<String, Object> parametres = new HashMap<>(visible.parametres());
        parametres.put("transaction", Long.toString(apres.transaction()));
        parametres.put("id", apres.id());
        parametres.put("horizon", Long.toString(horizon));
        parametres.put("limite", limite);
        StringBuilder filtres = new StringBuilder();
        if (depuis != null) {
            filtres.append(" and m.horodatage >= :depuis");
            parametres.put("depuis", Timestamp.from(depuis));
        }
        if (!communes.isEmpty()) {
            filtres.append(" and exists (select 1 from demande_commune dc where dc.demande_id = d.id"
                    + " and dc.code_commune = any(cast(:communes as char(5)[])))");
            parametres.put("communes", communes.toArray(String[]::new));
        }
        return jdbc.sql("""
                select m.id, cast(m.xid as text) as transaction, m.type, m.horodatage, m.guichet, m.numero_unique,
                       m.version_demande, cast(m.contenu as text) as document,
                       d.id as demande_id, d.version, d.statut, d.territoire, d.date_depot,
                       d.date_dernier_renouvellement, d.date_fin_validite, d.guichet_enregistreur, d.enregistree_le,
                       d.modifiee_le, d.motif_radiation, d.sous_motif_radiation, d.date_radiation,
                       d.purgee_le is not null as effacee,
                       case when d.purgee_le is null then cast(d.contenu - 'version' as text) end as contenu
                  from mouvement m
                  left join demande d on d.numero_unique = m.numero_unique
                 where (m.xid, m.id) > (cast(:transaction as xid8), :id)
                   and m.xid < cast(:horizon as xid8)
                   and (""" + visible.sql() + ")" + filtres + """

                 order by m.xid, m.id
                 limit :limite""")
                .params(parametres)
                .query((rs, n) -> mouvement(rs))
                .list();
    }

    private MouvementInstantane mouvement(ResultSet rs) throws SQLException {
        Instantane demande = null;
        if (rs.getObject("demande_id") != null) {
            demande = new Instantane(rs.getInt("version"), rs.getString("statut"), rs.getString("territoire"),
                    rs.getObject("date_depot", LocalDate.class),
                    rs.getObject("date_dernier_renouvellement", LocalDate.class),
                    rs.getObject("date_fin_validite", LocalDate.class), rs.getString("guichet_enregistreur"),
                    rs.getTimestamp("enregistree_le").toInstant(), rs.getTimestamp("modifiee_le").toInstant(),
                    rs.getString("motif_radiation"), rs.getString("sous_motif_radiation"),
                    rs.getObject("date_radiation", LocalDate.class), rs.getBoolean("effacee"),
                    rs.getString("contenu"));
        }
        return new MouvementInstantane(new Position(Long.parseLong(rs.getString("transaction")), rs.getLong("id")),
                rs.getString("type").strip(), rs.getTimestamp("horodatage").toInstant(), rs.getString("guichet"),
                rs.getString("numero_unique"), rs.getObject("version_demande", Integer.class),
                pays.relire(rs.getString("document")), demande);
    }
}
