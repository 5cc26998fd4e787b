package fr.sne;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@TestIntegration
class ApplicationDemarreIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void la_base_est_postgresql() {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
    }
}
