package dev.keel.bootstrap.dev;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development launcher's database: where it lives, that it keeps its data, and when it is not started. */
class DevelopmentDatabaseTest {

    @Test
    void dataPersistsAcrossRestartsInKeelDataDir(@TempDir Path keelDataDir) throws SQLException {
        Map<String, String> environment = Map.of("KEEL_DATA_DIR", keelDataDir.toString());
        try (DevelopmentDatabase first = DevelopmentDatabase.startUnlessConfigured(environment, new Properties());
             Connection connection = connect(first);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (body text NOT NULL)");
            statement.execute("INSERT INTO note (body) VALUES ('kept across restarts')");
        }
        assertThat(keelDataDir.resolve("postgres").resolve("PG_VERSION")).as("the cluster lives in $KEEL_DATA_DIR/postgres").exists();
        assertThat(keelDataDir.resolve("postgres").resolve("postmaster.pid")).as("PostgreSQL stopped").doesNotExist();

        try (DevelopmentDatabase second = DevelopmentDatabase.startUnlessConfigured(environment, new Properties());
             Connection connection = connect(second);
             Statement statement = connection.createStatement();
             ResultSet notes = statement.executeQuery("SELECT body FROM note")) {
            assertThat(notes.next()).isTrue();
            assertThat(notes.getString("body")).isEqualTo("kept across restarts");
        }
    }

    @Test
    void dataDirectoryIsKeelDataDirElseDotKeelInTheHomeDirectory() {
        Properties system = new Properties();
        system.setProperty("user.home", "/home/ada");
        assertThat(DevelopmentDatabase.dataDirectory(Map.of(), system)).isEqualTo(Path.of("/home/ada/.keel/data/postgres"));
        assertThat(DevelopmentDatabase.dataDirectory(Map.of("KEEL_DATA_DIR", "/srv/keel"), system))
                .isEqualTo(Path.of("/srv/keel/postgres"));
    }

    @Test
    void theDevelopmentSigningKeysLiveInKeelDataDirBesideTheCluster() {
        Properties system = new Properties();
        system.setProperty("user.home", "/home/ada");
        assertThat(DevelopmentLauncher.keyDirectory(Map.of("KEEL_DATA_DIR", "/srv/keel"), system))
                .isEqualTo(Path.of("/srv/keel/jwt"));
        assertThat(DevelopmentLauncher.keyDirectory(Map.of(), system)).isEqualTo(Path.of("/home/ada/.keel/data/jwt"));
    }

    @Test
    void aConfiguredUrlMeansNoEmbeddedDatabase() {
        try (var fromEnvironment = DevelopmentDatabase.startUnlessConfigured(
                Map.of("DATASOURCES_DEFAULT_URL", "jdbc:postgresql://db/keel"), new Properties())) {
            assertThat(fromEnvironment.micronautProperties()).isEmpty();
        }
        Properties system = new Properties();
        system.setProperty("datasources.default.url", "jdbc:postgresql://db/keel");
        try (var fromSystemProperty = DevelopmentDatabase.startUnlessConfigured(Map.of(), system)) {
            assertThat(fromSystemProperty.micronautProperties()).isEmpty();
        }
    }

    @Test
    void aBadPortIsReportedByName() {
        assertThatThrownBy(() -> DevelopmentDatabase.startUnlessConfigured(
                Map.of("KEEL_EMBEDDED_DB_PORT", "five", "KEEL_DATA_DIR", "/tmp/unused"), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEEL_EMBEDDED_DB_PORT");
    }

    private static Connection connect(DevelopmentDatabase database) throws SQLException {
        Map<String, Object> properties = database.micronautProperties();
        return DriverManager.getConnection((String) properties.get("datasources.default.url"),
                (String) properties.get("datasources.default.username"), (String) properties.get("datasources.default.password"));
    }
}
