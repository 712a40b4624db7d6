package dev.keel.adapter.persistence.shared.migration;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.flyway.AlternativeMigrationRunner;
import io.micronaut.flyway.FlywayConfigurationProperties;
import jakarta.inject.Singleton;

/**
 * Keel migrates the databases it serves, through their pools ({@link StartUpMigrations}): a Flyway configuration that
 * names a database of its own ({@code flyway.datasources.<name>.url}) is refused at start-up rather than migrated on
 * the side. Takes the place of Micronaut's runner for such configurations, whose making (with the asynchronous
 * interceptor it brings) cost about 30 ms of the main thread's start-up.
 */
@Singleton
@Replaces(AlternativeMigrationRunner.class)
final class NoAlternativeMigrationDatabase implements BeanCreatedEventListener<FlywayConfigurationProperties> {

    @Override
    public FlywayConfigurationProperties onCreated(BeanCreatedEvent<FlywayConfigurationProperties> event) {
        FlywayConfigurationProperties config = event.getBean();
        if (config.isEnabled() && config.hasAlternativeDatabaseConfiguration()) {
            throw new ConfigurationException("flyway.datasources." + config.getNameQualifier() + ".url: Keel migrates"
                    + " the data source of the same name through its pool; a separate database for Flyway is not"
                    + " supported");
        }
        return config;
    }
}
