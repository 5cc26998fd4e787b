package fr.sne.drm.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.commun.acteur.Acteur;
import fr.sne.drm.application.port.GuichetsDrm;

/** {@link GuichetsDrm} on {@code drm_guichet} and {@code drm_guichet_journal} (V125). */
@Repository
class GuichetsDrmJdbc implements GuichetsDrm {

    private final JdbcClient jdbc;

    GuichetsDrmJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean estOuvert(String guichet) {
        return jdbc.sql("select exists (select 1 from drm_guichet where guichet_code = :g)").param("g", guichet)
                .query(Boolean.class).single();
    }

    @Override
    public List<GuichetOuvert> ouverts() {
        return jdbc.sql("select guichet_code, active_depuis, active_par from drm_guichet order by guichet_code")
                .query((rs, n) -> new GuichetOuvert(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    @Override
    public boolean regler(String guichet, boolean ouvert, Acteur acteur, Instant le) {
        int changees = ouvert
                ? jdbc.sql("""
                        insert into drm_guichet (guichet_code, active_depuis, active_par) values (:g, :le, :par)
                        on conflict (guichet_code) do nothing""")
                        .param("g", guichet).param("le", Timestamp.from(le)).param("par", acteur.identifiant())
                        .update()
                : jdbc.sql("delete from drm_guichet where guichet_code = :g").param("g", guichet).update();
        if (changees == 0) {
            return false;
        }
        jdbc.sql("""
                insert into drm_guichet_journal (guichet_code, active, acteur_type, acteur_id, le)
                values (:g, :active, :type, :acteur, :le)""")
                .param("g", guichet).param("active", ouvert).param("type", acteur.type().name())
                .param("acteur", acteur.identifiant()).param("le", Timestamp.from(le)).update();
        return true;
    }

    @Override
    public List<Changement> journal(List<String> guichets, int limite) {
        return jdbc.sql("""
                select guichet_code, active, acteur_type, acteur_id, le from drm_guichet_journal
                where cardinality(cast(:guichets as text[])) = 0 or guichet_code = any (cast(:guichets as text[]))
                order by le desc, id desc limit :limite""")
                .param("guichets", guichets.toArray(String[]::new)).param("limite", limite)
                .query((rs, n) -> new Changement(rs.getString(1).strip(), rs.getBoolean(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}
