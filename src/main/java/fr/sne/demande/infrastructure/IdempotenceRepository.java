package fr.sne.demande.infrastructure;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.sne.demande.application.port.Idempotences;

/**
 * Idempotency keys of the registrations, per guichet. A key is written with its demande, by
 * {@link JournalDemandes}, in the statement that registers it: a key is taken if and only if its demande exists.
 */
@Repository
public class IdempotenceRepository implements Idempotences {

    private final JdbcClient jdbc;

    IdempotenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The trace of an earlier, committed request with this key, if any. Under the key's lock
     * ({@link DemandeRepository#verrouiller}), a request with the same key still running cannot be missed.
     */
    @Override
    public Optional<Trace> lire(String guichet, String cle) {
        return jdbc.sql("select empreinte, numero_unique from idempotence where guichet = ? and cle = ?")
                .params(guichet, cle)
                .query((rs, n) -> new Trace(rs.getString("empreinte"), rs.getString("numero_unique")))
                .optional();
    }

    /** Deletes at most {@code lot} keys older than {@code conservation}; returns how many. */
    int oublierPlusAnciennesQue(Duration conservation, int lot) {
        return jdbc.sql("""
                delete from idempotence where ctid in (
                    select ctid from idempotence
                    where cree_le < now() - make_interval(secs => ?)
                    limit ?)""")
                .params(conservation.toSeconds(), lot)
                .update();
    }
}
