package dev.keel.adapter.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server of one test run and the fresh database created on it for that run
 * (CONVENTIONS.md section 4): the server named by {@code KEEL_TEST_DATABASE_URL} when set, else a
 * Testcontainers PostgreSQL when a Docker engine answers, else an embedded PostgreSQL from Maven Central
 * binaries. The database is dropped, and a server we started is stopped, when the run ends.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "KEEL_TEST_DATABASE_URL";
    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static final String CONTAINER_IMAGE = "postgres:18-alpine";

    private final Server server;
    private final String databaseName;

    private TestDatabase(Server server) {
        this.server = server;
        this.databaseName = "keel_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + databaseName);
        LOG.info("Test database {} created on {} ({})", databaseName, server.adminUrl(), server.kind());
    }

    /** Chooses the server as described above and creates this run's database on it. */
    public static TestDatabase start() {
        return new TestDatabase(chooseServer());
    }

    public String jdbcUrl() {
        URI admin = URI.create(server.adminUrl().substring("jdbc:".length()));
        return "jdbc:" + admin.getScheme() + "://" + admin.getRawAuthority() + "/" + databaseName
                + (admin.getRawQuery() == null ? "" : "?" + admin.getRawQuery());
    }

    public String username() {
        return server.username();
    }

    public String password() {
        return server.password();
    }

    /** The Micronaut properties that point the default data source at this database. */
    public Map<String, String> micronautProperties() {
        return Map.of("datasources.default.url", jdbcUrl(),
                "datasources.default.username", username(),
                "datasources.default.password", password());
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), username(), password());
    }

    @Override
    public void close() {
        try {
            execute("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
        } finally {
            server.close();
        }
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server.adminUrl(), server.username(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static Server chooseServer() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return new Server(url, env("KEEL_TEST_DATABASE_USERNAME", "postgres"), env("KEEL_TEST_DATABASE_PASSWORD", ""),
                    "given by " + URL_VARIABLE, () -> { });
        }
        if (dockerAvailable()) {
            var container = new PostgreSQLContainer<>(CONTAINER_IMAGE);
            container.start();
            return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers " + CONTAINER_IMAGE, container::stop);
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            return new Server(embedded.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL",
                    () -> closeQuietly(embedded));
        } catch (IOException e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equals(System.getenv("KEEL_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private record Server(String adminUrl, String username, String password, String kind, Runnable stopper)
            implements AutoCloseable {
        @Override
        public void close() {
            stopper.run();
        }

        @Override
        public String toString() {
            return kind.toLowerCase(Locale.ROOT);
        }
    }
}
