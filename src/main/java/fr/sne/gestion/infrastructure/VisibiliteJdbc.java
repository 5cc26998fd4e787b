package fr.sne.gestion.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.gestion.domaine.StockVisibilite;

/** The applicant's view per territory: one row per territory that has ever chosen (table created by V89). */
@Repository
class VisibiliteJdbc implements StockVisibilite {

    private final JdbcClient jdbc;

    VisibiliteJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean visibleDemandeur(String territoire) {
        return jdbc.sql("select visible_demandeur from evenement_visibilite_territoire where territoire = ?")
                .param(territoire).query(Boolean.class).optional().orElse(false);
    }

    @Override
    public List<Reglage> reglages(@Nullable List<String> territoires) {
        String sql = "select territoire, visible_demandeur, modifie_le, modifie_par from evenement_visibilite_territoire";
        JdbcClient.StatementSpec requete = territoires == null ? jdbc.sql(sql + " order by territoire")
                : jdbc.sql(sql + " where territoire = any(?) order by territoire")
                        .param(territoires.toArray(String[]::new));
        return requete.query((rs, n) -> new Reglage(rs.getString("territoire"), rs.getBoolean("visible_demandeur"),
                rs.getTimestamp("modifie_le").toInstant(), rs.getString("modifie_par"))).list();
    }

    @Override
    public void regler(String territoire, boolean visibleDemandeur, String par, Instant le) {
        jdbc.sql("""
                insert into evenement_visibilite_territoire (territoire, visible_demandeur, modifie_le, modifie_par)
                values (?, ?, ?, ?)
                on conflict (territoire) do update set visible_demandeur = excluded.visible_demandeur,
                    modifie_le = excluded.modifie_le, modifie_par = excluded.modifie_par""")
                .params(territoire, visibleDemandeur, Timestamp.from(le), par).update();
    }
}
