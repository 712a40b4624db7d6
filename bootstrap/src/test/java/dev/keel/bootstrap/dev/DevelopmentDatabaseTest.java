package dev.keel.bootstrap.dev;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting and restarting with data is covered by DatabaseOutageTest; these are the decisions around it. */
class DevelopmentDatabaseTest {

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
}
