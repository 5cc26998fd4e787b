package fr.sne.commun.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL from the zonky binaries when {@code sne.postgres-embarque.actif} is true, so that
 * the application and its tests need nothing installed. In production the property is false and the usual
 * {@code spring.datasource.*} settings point at an external PostgreSQL.
 * <p>
 * Two modes: without a data folder, a throw-away cluster for the tests, with durability off for speed (zonky's
 * settings: {@code fsync} and {@code synchronous_commit} off); with one (the local run), a persistent cluster with
 * PostgreSQL's durable defaults, which first recovers from a previous run that was killed (see
 * {@link RepriseServeurOrphelin}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PostgresEmbarqueProperties.class)
@ConditionalOnProperty(name = "sne.postgres-embarque.actif", havingValue = "true")
class PostgresEmbarqueConfiguration {

    private static final Duration DELAI_ARRET_ORPHELIN = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgresEmbarque(PostgresEmbarqueProperties proprietes) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setPort(proprietes.port());
        if (proprietes.repertoire() != null && !proprietes.repertoire().isBlank()) {
            Path repertoire = Path.of(proprietes.repertoire()).toAbsolutePath();
            Files.createDirectories(repertoire);
            // data a user believes saved must survive a machine crash: PostgreSQL's defaults, not zonky's
            // throw-away settings (-F, i.e. fsync off, and synchronous_commit off)
            builder.setDataDirectory(repertoire).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            RepriseServeurOrphelin.reprendre(repertoire, DELAI_ARRET_ORPHELIN);
        }
        return builder.start();
    }

    @Bean
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource source = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
        source.setPoolName("sne-embarque");
        return source;
    }
}
