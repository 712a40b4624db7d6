package dev.keel.adapter.persistence.identity.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserJdbcRepository extends GenericRepository<UserRow, UUID> {

    UserRow save(UserRow row);

    /** Writes the row where its version still matches and returns it at the next version. */
    UserRow update(UserRow row);

    Optional<UserRow> findById(UUID id);

    Optional<UserRow> findByIdAndDeletedAtIsNull(UUID id);

    /** By the live-e-mail unique index ({@code lower(email)}); e-mails are stored lower-case. */
    @Query("SELECT " + UserRow.COLUMNS + " FROM app_user WHERE lower(email) = lower(:email) AND deleted_at IS NULL")
    Optional<UserRow> findLiveByEmail(String email);

    /** Deletes where id and version still match (optimistic lock); fails when no row matched. */
    void delete(UserRow row);
}
