package dev.keel.bootstrap;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pooled connection carries the session limits of application.yml: nothing runs or waits forever. */
@MicronautTest
class ConnectionSettingsTest {

    @Inject
    DataSource dataSource;

    @Test
    void pooledConnectionsHaveStatementLockAndIdleTransactionTimeouts() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(show(connection, "statement_timeout")).isEqualTo("5s");
            assertThat(show(connection, "lock_timeout")).isEqualTo("2s");
            assertThat(show(connection, "idle_in_transaction_session_timeout")).isEqualTo("1min");
            assertThat(show(connection, "application_name")).isEqualTo("keel");
        }
    }

    private static String show(Connection connection, String setting) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
