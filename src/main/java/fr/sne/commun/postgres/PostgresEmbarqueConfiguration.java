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
 * {@link RepriseServeurOrphelin}). In both, the superuser has a generated password and no connection is trusted
 * ({@link AuthentificationPostgres}): the local run keeps its password in its data folder (and converts a folder made
 * before passwords at its next start); a throw-away cluster gets a fresh one, gone with it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PostgresEmbarqueProperties.class)
@ConditionalOnProperty(name = "sne.postgres-embarque.actif", havingValue = "true")
class PostgresEmbarqueConfiguration {

    private static final Duration DELAI_ARRET_ORPHELIN = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres postgresEmbarque(PostgresEmbarqueProperties proprietes) throws IOException {
        Path binaires = repertoireBinaires();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setPort(proprietes.port())
                .setOverrideWorkingDirectory(binaires.toFile());
        String motDePasse = AuthentificationPostgres.nouveauMotDePasse();
        if (proprietes.repertoire() != null && !proprietes.repertoire().isBlank()) {
            Path repertoire = Path.of(proprietes.repertoire()).toAbsolutePath();
            motDePasse = AuthentificationPostgres.lireMotDePasse(repertoire).orElse(motDePasse);
            Files.createDirectories(repertoire);
            // data a user believes saved must survive a machine crash: PostgreSQL's defaults, not zonky's
            // throw-away settings (-F, i.e. fsync off, and synchronous_commit off)
            builder.setDataDirectory(repertoire).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
            RepriseServeurOrphelin.reprendre(repertoire, DELAI_ARRET_ORPHELIN);
        }
        String retenu = motDePasse;
        // after initdb (which trusts every local connection) and before the server starts
        builder.setDataDirectoryCustomizer(donnees -> AuthentificationPostgres.appliquer(donnees.toPath(), retenu,
                binaires));
        builder.setConnectConfig("password", motDePasse);
        return builder.start();
    }

    /**
     * Where the embedded PostgreSQL unpacks its binaries: its own default (the system property
     * {@code ot.epg.working-dir}, else {@code <java.io.tmpdir>/embedded-pg}), named here so that the password can
     * be set with the same distribution's {@code postgres} before the server starts.
     */
    static Path repertoireBinaires() {
        return Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    }

    @Bean
    @org.springframework.boot.context.properties.ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource source = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                // the password the embedded PostgreSQL was started with (its connection settings)
                .password(((org.postgresql.ds.common.BaseDataSource) postgres.getPostgresDatabase()).getPassword())
                .build();
        source.setPoolName("sne-embarque");
        return source;
    }
}
