package dev.keel.adapter.persistence.identity.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.util.UUID;

@MappedEntity("app_user")
record UserRow(@Id UUID id,
               String email,
               String name,
               String role,
               String status,
               String passwordHash,
               Instant createdAt,
               Instant updatedAt,
               @Version long version,
               @Nullable Instant deletedAt) {

    /**
     * The column list of hand-written queries, in the order of the record (never SELECT *); {@code UserRowMapper}
     * reads them by this position.
     */
    static final String COLUMNS =
            "id, email, name, role, status, password_hash, created_at, updated_at, version, deleted_at";

    /** The columns of a {@code UserProfile}, read by {@code UserRowMapper.toProfile}: all but the password hash. */
    static final String PROFILE_COLUMNS = "id, email, name, role, status, created_at, updated_at, version, deleted_at";
}
