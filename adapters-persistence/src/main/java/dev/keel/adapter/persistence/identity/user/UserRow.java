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
     * The columns of a {@code UserProfile}, all but the password hash, in the order {@code UserRowMapper.toProfile}
     * reads them by position (hand-written queries name their columns, never SELECT *).
     */
    static final String PROFILE_COLUMNS = "id, email, name, role, status, created_at, updated_at, version, deleted_at";

    /** The whole user: the profile's columns, then the password hash ({@code UserRowMapper.toDomain}). */
    static final String COLUMNS = PROFILE_COLUMNS + ", password_hash";
}
