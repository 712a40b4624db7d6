package dev.keel.adapter.persistence.shared.migration;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.jdbc.config.SchemaGenerator;
import io.micronaut.data.runtime.config.SchemaGenerate;

import java.util.List;

/**
 * The schema comes from Flyway's migrations alone: a data source configured to have Micronaut Data create or validate
 * tables from the mapped entities ({@code datasources.<name>.schema-generate} other than {@code NONE}) is refused at
 * start-up. Takes the place of Micronaut Data's schema generator, which looked up its entity registry at every start
 * before finding it had nothing to do (about 25 ms of the main thread's start-up).
 */
@Context
@Replaces(SchemaGenerator.class)
final class SchemaFromMigrationsOnly {

    SchemaFromMigrationsOnly(List<DataJdbcConfiguration> configurations) {
        for (DataJdbcConfiguration configuration : configurations) {
            SchemaGenerate generate = configuration.getSchemaGenerate();
            if (configuration.isEnabled() && generate != null && generate != SchemaGenerate.NONE) {
                throw new ConfigurationException("datasources." + configuration.getName() + ".schema-generate: "
                        + generate + " is not supported; Keel's schema comes from its Flyway migrations (NONE)");
            }
        }
    }
}
