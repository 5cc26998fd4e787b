package fr.sne;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Base of the tests that call the HTTP API as a guichet's software does, and look into the database. */
@TestIntegration
public abstract class ApiIT {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ClientApi api;

    @BeforeEach
    void clientApi() {
        api = new ClientApi(port);
    }
}
