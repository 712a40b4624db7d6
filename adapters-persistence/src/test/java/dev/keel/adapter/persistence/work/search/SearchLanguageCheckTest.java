package dev.keel.adapter.persistence.work.search;

import dev.keel.adapter.persistence.shared.migration.StartUpMigrations;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class SearchLanguageCheckTest {

    @Inject
    ConnectionOperations<Connection> connections;

    @Inject
    StartUpMigrations migrations;

    @Test
    void theLanguageTheVectorsWereBuiltWithPasses() {
        var check = new SearchLanguageCheck(new SearchLanguage("english"), connections, migrations);

        assertThatCode(() -> check.onStartup(null)).doesNotThrowAnyException();
    }

    @Test
    void aChangedSettingIsARefusalToStartNamingBothLanguages() {
        var check = new SearchLanguageCheck(new SearchLanguage("simple"), connections, migrations);

        assertThatThrownBy(() -> check.onStartup(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'simple'").hasMessageContaining("'english'").hasMessageContaining("migration");
    }

    @Test
    void aSettingThatCannotNameATextSearchConfigurationIsRefused() {
        assertThatThrownBy(() -> new SearchLanguage("english'; DROP TABLE task; --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEEL_SEARCH_LANGUAGE");
    }
}
