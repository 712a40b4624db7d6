package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.work.project;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Breaks JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY. Never a bean: see the package documentation. */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectDao extends GenericRepository<ProjectEntity, UUID> {
}
