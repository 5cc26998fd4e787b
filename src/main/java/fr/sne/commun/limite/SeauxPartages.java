package fr.sne.commun.limite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The token buckets every instance shares: rows of {@value #TABLE} (V20), read and written by Bucket4j under
 * {@code select ... for update} (a row lock on a text key, no lock-id hashing), on the application's clock. Each
 * bucket written says when it may be forgotten ({@code expire_a}, V81): one minute after it would be full again,
 * when a new bucket would say the same; {@link #purger} deletes those rows, so that keys seen once (a source
 * address, a mistyped login) do not pile up.
 */
public final class SeauxPartages {

    /** The table the shared buckets live in (created by Flyway, V20; {@code expire_a} V81). */
    public static final String TABLE = "limite_debit";

    /** How long a full bucket is kept after it became full again. */
    private static final Duration GARDE = Duration.ofMinutes(1);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> depot;
    private final JdbcClient jdbc;
    private final TimeMeter chronometre;

    public SeauxPartages(DataSource source, Clock horloge) {
        this.chronometre = chronometre(horloge);
        this.depot = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(source)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("cle")
                .stateColumn("etat")
                .expiresAtColumn("expire_a")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(GARDE))
                .clientClock(chronometre)
                .build();
        this.jdbc = JdbcClient.create(source);
    }

    /** The shared bucket of a key (at most 64 characters), created with the configuration at its first use. */
    public Bucket seau(String cle, BucketConfiguration configuration) {
        return depot.builder().build(cle, () -> configuration);
    }

    /**
     * Whether the key has a bucket. Asking Bucket4j itself would insert an empty row for an unknown key: a mere
     * check (is this login slowed?) must write nothing.
     */
    public boolean existe(String cle) {
        return jdbc.sql("select exists (select 1 from " + TABLE + " where cle = :cle and etat is not null)")
                .param("cle", cle).query(Boolean.class).single();
    }

    /** Deletes at most {@code lot} buckets past their expiry; returns how many. */
    public int purger(int lot) {
        return depot.removeExpired(lot);
    }

    TimeMeter chronometre() {
        return chronometre;
    }

    /** The given clock as Bucket4j reads time: wall-clock nanoseconds, comparable between instances. */
    public static TimeMeter chronometre(Clock horloge) {
        return new TimeMeter() {

            @Override
            public long currentTimeNanos() {
                Instant instant = horloge.instant();
                return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
