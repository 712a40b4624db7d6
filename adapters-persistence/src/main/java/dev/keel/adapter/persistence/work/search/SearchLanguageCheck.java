package dev.keel.adapter.persistence.work.search;

import dev.keel.adapter.persistence.shared.migration.StartUpMigrations;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * At start-up, compares the configured search language with the one the stored search vectors were built with
 * ({@code search_language()}): a changed setting is a refusal to start, never a silent mismatch between the vectors and
 * the queries. It runs once the migrations have (they make {@code search_language()}).
 */
@Singleton
final class SearchLanguageCheck {

    private final SearchLanguage setting;
    private final ConnectionOperations<Connection> connections;
    private final StartUpMigrations migrations;

    SearchLanguageCheck(SearchLanguage setting, ConnectionOperations<Connection> connections,
                        StartUpMigrations migrations) {
        this.setting = setting;
        this.connections = connections;
        this.migrations = migrations;
    }

    @EventListener
    void onStartup(StartupEvent started) {
        migrations.afterMigrations(this::checkDatabase);
    }

    private void checkDatabase() {
        String built = connections.executeRead(status -> {
            try (Statement statement = status.getConnection().createStatement();
                 ResultSet row = statement.executeQuery("SELECT search_language()::text")) {
                row.next();
                return row.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the search language of the database", e);
            }
        });
        if (!setting.language().equals(built)) {
            throw new IllegalStateException("KEEL_SEARCH_LANGUAGE is '" + setting.language() + "' but the search vectors were built for '"
                    + built + "': set it back, or change the language with a migration (docs/search.md)");
        }
    }
}
