package dev.keel.adapter.persistence.work.search;

import io.micronaut.context.event.StartupEvent;
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

    @Test
    void theLanguageTheVectorsWereBuiltWithPasses() {
        var check = new SearchLanguageCheck(new SearchLanguage("english"), connections);

        assertThatCode(() -> check.checkDatabase(null)).doesNotThrowAnyException();
    }

    @Test
    void aChangedSettingIsARefusalToStartNamingBothLanguages() {
        var check = new SearchLanguageCheck(new SearchLanguage("simple"), connections);

        assertThatThrownBy(() -> check.checkDatabase((StartupEvent) null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'simple'").hasMessageContaining("'english'").hasMessageContaining("migration");
    }

    @Test
    void aSettingThatCannotNameATextSearchConfigurationIsRefused() {
        assertThatThrownBy(() -> new SearchLanguage("english'; DROP TABLE task; --"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KEEL_SEARCH_LANGUAGE");
    }
}
