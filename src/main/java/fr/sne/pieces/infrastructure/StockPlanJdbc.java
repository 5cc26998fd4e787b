package fr.sne.pieces.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.Categorie;
import fr.sne.pieces.domaine.NaturePiece;
import fr.sne.pieces.domaine.PlanDeClassement;
import fr.sne.pieces.domaine.RegleObsolescence;

/** {@link StockPlan} in {@code plan_classement} and {@code categorie_piece}. */
@Repository
class StockPlanJdbc implements StockPlan {

    private final JdbcClient jdbc;

    StockPlanJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public PlanDeClassement courant() {
        int version = jdbc.sql("select max(version) from plan_classement").query(Integer.class).single();
        List<Categorie> categories = jdbc.sql("""
                select code, libelle, maximum, nature, obsolescence from categorie_piece
                 where version_plan = ? order by rang""")
                .param(version)
                .query((rs, n) -> new Categorie(rs.getString("code"), rs.getString("libelle"), rs.getInt("maximum"),
                        NaturePiece.valueOf(rs.getString("nature")),
                        RegleObsolescence.lire(rs.getString("obsolescence"))))
                .list();
        return new PlanDeClassement(version, categories);
    }

    @Override
    public Instant publieLe() {
        return jdbc.sql("select publie_le from plan_classement order by version desc limit 1")
                .query(Timestamp.class).single().toInstant();
    }

    @Override
    public PlanDeClassement publier(List<Categorie> categories, String publiePar, Instant quand) {
        // one publication at a time: the next version is taken under the table's lock
        jdbc.sql("lock table plan_classement in exclusive mode").update();
        int version = jdbc.sql("select max(version) + 1 from plan_classement").query(Integer.class).single();
        PlanDeClassement plan = new PlanDeClassement(version, categories);
        jdbc.sql("insert into plan_classement (version, publie_le, publie_par) values (?, ?, ?)")
                .params(version, Timestamp.from(quand), publiePar).update();
        int rang = 1;
        for (Categorie c : plan.categories()) {
            jdbc.sql("""
                    insert into categorie_piece (version_plan, code, rang, libelle, maximum, nature, obsolescence)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(version, c.code(), rang++, c.libelle(), c.maximum(), c.nature().name(),
                            c.obsolescence().code())
                    .update();
        }
        return plan;
    }

    @Override
    public Map<String, Integer> piecesParCategorie() {
        Map<String, Integer> nombres = new LinkedHashMap<>();
        jdbc.sql("select categorie, count(*) as n from piece where supprimee_le is null group by categorie "
                + "order by categorie")
                .query((java.sql.ResultSet rs) -> {
                    nombres.put(rs.getString("categorie"), rs.getInt("n"));
                });
        return nombres;
    }
}
