package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Violates JDBC_REPOSITORIES_ARE_NOT_PUBLIC. Never a bean: see the package documentation. */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PublicUserJdbcRepository extends GenericRepository<PublicUserRow, UUID> {
}
