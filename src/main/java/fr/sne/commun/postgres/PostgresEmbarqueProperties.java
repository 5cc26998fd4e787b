package fr.sne.commun.postgres;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of the zero-setup run and of the tests.
 *
 * @param actif      start it and use it as the datasource (the default); {@code false} in production
 * @param repertoire data folder kept between runs, durable, and recovered if a previous run was killed; none means
 *                   a fresh throw-away cluster, not durable (fsync off) for speed
 * @param port       TCP port; 0 picks a free one
 */
@ConfigurationProperties("sne.postgres-embarque")
public record PostgresEmbarqueProperties(boolean actif, @Nullable String repertoire, int port) {
}
