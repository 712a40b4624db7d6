package dev.keel.adapter.persistence.shared.migration;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema comes from Flyway's migrations, applied through the pool: settings asking otherwise stop the start. */
class SchemaSourceSettingsTest {

    @Test
    void schemaGenerationFromTheEntitiesIsRefusedAtStartUp() {
        Map<String, Object> properties = database();
        properties.put("datasources.default.schema-generate", "CREATE");

        assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                .hasStackTraceContaining("datasources.default.schema-generate: CREATE is not supported");
    }

    @Test
    void aSeparateDatabaseForFlywayIsRefusedAtStartUp() {
        Map<String, Object> properties = database();
        properties.put("flyway.datasources.default.url", TestDatabaseSession.database().jdbcUrl());

        assertThatThrownBy(() -> ApplicationContext.run(properties, "test").close())
                .hasStackTraceContaining("flyway.datasources.default.url: Keel migrates the data source");
    }

    private static Map<String, Object> database() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", TestDatabaseSession.database().jdbcUrl());
        properties.put("datasources.default.username", TestDatabaseSession.database().username());
        properties.put("datasources.default.password", TestDatabaseSession.database().password());
        properties.put("datasources.default.minimum-idle", 1);
        return properties;
    }
}
