package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.portail.application.port.EnvoisCodes;

/** {@link EnvoisCodes} on {@code envoi_code_personnel}. */
@Repository
class EnvoisCodesJdbc implements EnvoisCodes {

    private final JdbcClient jdbc;

    EnvoisCodesJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void demander(String numeroUnique, Motif motif, Canal canal, Instant le) {
        jdbc.sql("""
                insert into envoi_code_personnel (numero_unique, motif, canal, demande_le)
                values (:numero, :motif, :canal, :le)""")
                .param("numero", numeroUnique)
                .param("motif", motif.name())
                .param("canal", canal.name())
                .param("le", Timestamp.from(le))
                .update();
    }

    @Override
    public int renvoisDepuis(String numeroUnique, Instant depuis) {
        return jdbc.sql("""
                select count(*) from envoi_code_personnel
                 where numero_unique = :numero and motif = 'RENVOI' and demande_le > :depuis""")
                .param("numero", numeroUnique)
                .param("depuis", Timestamp.from(depuis))
                .query(Integer.class).single();
    }

    @Override
    public List<Envoi> aEnvoyer(Canal canal, int limite) {
        return jdbc.sql("""
                select id, numero_unique, motif, canal from envoi_code_personnel
                 where envoye_le is null and canal = :canal
                 order by demande_le, id
                 limit :limite
                 for update skip locked""")
                .param("canal", canal.name())
                .param("limite", limite)
                .query((rs, i) -> new Envoi(rs.getLong("id"), rs.getString("numero_unique"),
                        Motif.valueOf(rs.getString("motif")), Canal.valueOf(rs.getString("canal"))))
                .list();
    }

    @Override
    public void marquerEnvoye(long id, Instant le, @Nullable String lotCourrier) {
        jdbc.sql("update envoi_code_personnel set envoye_le = :le, lot_courrier = :lot where id = :id")
                .param("le", Timestamp.from(le))
                .param("lot", lotCourrier)
                .param("id", id)
                .update();
    }
}
