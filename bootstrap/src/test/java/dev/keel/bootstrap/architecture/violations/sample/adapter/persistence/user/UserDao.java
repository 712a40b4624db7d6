package dev.keel.bootstrap.architecture.violations.sample.adapter.persistence.user;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Violates JDBC_REPOSITORIES_ARE_NAMED_JDBC_REPOSITORY. Never a bean: see the package documentation. */
@Requires(property = "keel.architecture-fixtures", value = "enabled")
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserDao extends GenericRepository<UserEntity, UUID> {
}
