package fr.sne.demande.infrastructure;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Idempotency keys of the registrations, per guichet. */
@Repository
public class IdempotenceRepository {

    private final JdbcClient jdbc;

    IdempotenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an earlier request with the same key left: the fingerprint of its body and its demande. */
    public record Trace(String empreinte, @Nullable String numeroUnique) {
    }

    /**
     * Claims the key for this transaction. Returns empty when the key is new; otherwise the earlier request's
     * trace. A concurrent request with the same key waits here until the first one commits or rolls back.
     */
    public Optional<Trace> reserver(String guichet, String cle, String empreinte) {
        int inseres = jdbc.sql("""
                insert into idempotence (guichet, cle, empreinte) values (?, ?, ?)
                on conflict (guichet, cle) do nothing""")
                .params(guichet, cle, empreinte).update();
        if (inseres == 1) {
            return Optional.empty();
        }
        return lire(guichet, cle);
    }

    /** The trace of an earlier, committed request with this key, if any. */
    public Optional<Trace> lire(String guichet, String cle) {
        return jdbc.sql("select empreinte, numero_unique from idempotence where guichet = ? and cle = ?")
                .params(guichet, cle)
                .query((rs, n) -> new Trace(rs.getString("empreinte"), rs.getString("numero_unique")))
                .optional();
    }

    public void associer(String guichet, String cle, String numeroUnique) {
        jdbc.sql("update idempotence set numero_unique = ? where guichet = ? and cle = ?")
                .params(numeroUnique, guichet, cle).update();
    }
}
