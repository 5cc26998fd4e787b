package fr.sne.portail.infrastructure;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
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
    public List<Envoi> reserver(Canal canal, int limite, Instant maintenant, Duration bail) {
        // one statement, committed on its own (auto-commit): the rows stay locked only while it runs
        return jdbc.sql("""
                update envoi_code_personnel e set reserve_jusqu_au = :jusqu_au
                 where e.id in (select id from envoi_code_personnel
                                 where envoye_le is null and canal = :canal
                                   and (reserve_jusqu_au is null or reserve_jusqu_au <= :maintenant)
                                 order by demande_le, id
                                 limit :limite
                                 for update skip locked)
                returning e.id, e.numero_unique, e.motif, e.canal, e.demande_le""")
                .param("jusqu_au", Timestamp.from(maintenant.plus(bail)))
                .param("canal", canal.name())
                .param("maintenant", Timestamp.from(maintenant))
                .param("limite", limite)
                .query((rs, i) -> new Reservee(new Envoi(rs.getLong("id"), rs.getString("numero_unique"),
                        Motif.valueOf(rs.getString("motif")), Canal.valueOf(rs.getString("canal"))),
                        rs.getTimestamp("demande_le").toInstant()))
                .list().stream()
                // RETURNING keeps no order: the oldest go first
                .sorted(Comparator.comparing(Reservee::demandeLe).thenComparingLong(r -> r.envoi().id()))
                .map(Reservee::envoi)
                .toList();
    }

    @Override
    public void liberer(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("update envoi_code_personnel set reserve_jusqu_au = null where id = any(cast(:ids as bigint[])) and envoye_le is null")
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    @Override
    public void marquerEnvoyes(List<Long> ids, Instant le, @Nullable String lotCourrier) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update envoi_code_personnel set envoye_le = :le, lot_courrier = :lot, reserve_jusqu_au = null
                 where id = any(cast(:ids as bigint[]))""")
                .param("le", Timestamp.from(le))
                .param("lot", lotCourrier)
                .param("ids", ids.toArray(Long[]::new))
                .update();
    }

    private record Reservee(Envoi envoi, Instant demandeLe) {
    }
}
