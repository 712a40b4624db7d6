package dev.keel.adapter.persistence.shared.migration;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.context.ApplicationContext;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each test migrates a database of its own, made empty for it. */
class StartUpMigrationsTest {

    private String database;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        database = "keel_migrations_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        adminStatement("CREATE DATABASE " + database);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        adminStatement("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    @Test
    void inTheBackgroundTheQueuedWorkRunsOnTheStartUpThreadOnceEveryMigrationIsApplied() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (ApplicationContext context = start(true)) {
            StartUpMigrations migrations = context.getBean(StartUpMigrations.class);

            migrations.afterMigrations(() -> seen.add(Thread.currentThread().getName() + " " + appliedMigrations()));
            migrations.awaitStartUpWork();

            assertThat(migrations.finished()).isTrue();
            assertThat(appliedMigrations()).isGreaterThan(20);
            assertThat(seen).containsExactly("keel-start-up " + appliedMigrations());
        }
    }

    @Test
    void aFailedMigrationFailsTheWaitWithFlywaysReasonAndTheWorkAfterItDoesNotRun() throws SQLException {
        execute("CREATE TABLE app_user (squatter int)");
        List<String> ran = new CopyOnWriteArrayList<>();
        try (ApplicationContext context = start(true)) {
            StartUpMigrations migrations = context.getBean(StartUpMigrations.class);
            migrations.afterMigrations(() -> ran.add("after"));

            assertThatThrownBy(migrations::awaitStartUpWork)
                    .isInstanceOf(FlywayException.class).hasMessageContaining("no schema history table");
            assertThat(migrations.finished()).isTrue();
            assertThat(ran).isEmpty();
        }
    }

    @Test
    void aFailedTaskFailsTheWaitAndTheTasksQueuedAfterItDoNotRun() {
        List<String> ran = new CopyOnWriteArrayList<>();
        try (ApplicationContext context = start(true)) {
            StartUpMigrations migrations = context.getBean(StartUpMigrations.class);
            migrations.afterMigrations(() -> ran.add("first"));
            migrations.afterMigrations(() -> {
                throw new IllegalStateException("the second task failed");
            });
            migrations.afterMigrations(() -> ran.add("third"));

            assertThatThrownBy(migrations::awaitStartUpWork)
                    .isInstanceOf(IllegalStateException.class).hasMessage("the second task failed");
            assertThat(ran).containsExactly("first");
        }
    }

    @Test
    void byDefaultTheMigrationsAreAppliedWhileTheDataSourceIsMadeAndTasksRunAtOnceOnTheCaller() {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (ApplicationContext context = start(false)) {
            StartUpMigrations migrations = context.getBean(StartUpMigrations.class);
            int appliedAtStart = appliedMigrations();

            migrations.afterMigrations(() -> seen.add(Thread.currentThread().getName()));

            assertThat(appliedAtStart).isGreaterThan(20);
            assertThat(migrations.finished()).isTrue();
            assertThat(seen).containsExactly(Thread.currentThread().getName());
        }
    }

    private ApplicationContext start(boolean background) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", url());
        properties.put("datasources.default.username", TestDatabaseSession.database().username());
        properties.put("datasources.default.password", TestDatabaseSession.database().password());
        properties.put("datasources.default.minimum-idle", 1);
        properties.put("keel.migrations.background", background);
        return ApplicationContext.run(properties, "test");
    }

    private int appliedMigrations() {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            count.next();
            return count.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), TestDatabaseSession.database().username(),
                TestDatabaseSession.database().password());
    }

    private String url() {
        return TestDatabaseSession.database().jdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    private static void adminStatement(String sql) throws SQLException {
        try (Connection connection = TestDatabaseSession.database().connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
