package dev.keel.adapter.persistence.identity.user;

import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserProfile;
import dev.keel.domain.identity.user.UserStatus;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Maps between the aggregate and its row; the domain side goes through {@link User#rehydrate}. */
final class UserRowMapper {

    private UserRowMapper() {
    }

    static UserRow toRow(User user) {
        return new UserRow(user.id().value(), user.email().value(), user.name().value(), user.role().name(),
                user.status().name(), user.passwordHash().value(), user.createdAt(), user.updatedAt(), user.version(),
                user.deletedAt().orElse(null));
    }

    /**
     * The user in the current row of a hand-written query selecting {@link UserRow#COLUMNS}: its profile, then the
     * password hash.
     */
    static User toDomain(ResultSet row) throws SQLException {
        UserProfile profile = toProfile(row);
        return User.rehydrate(profile.id(), profile.email(), profile.name(), profile.role(), profile.status(),
                new PasswordHash(row.getString(10)), profile.createdAt(), profile.updatedAt(), profile.version(),
                profile.deletedAt().orElse(null));
    }

    /**
     * The profile in the current row of a query selecting {@link UserRow#PROFILE_COLUMNS} (or more columns after
     * them), read by position: Micronaut Data's reflective {@code readEntity} cost a tenth of a list's CPU.
     */
    static UserProfile toProfile(ResultSet row) throws SQLException {
        OffsetDateTime deletedAt = row.getObject(9, OffsetDateTime.class);
        return new UserProfile(new UserId(row.getObject(1, UUID.class)), new Email(row.getString(2)),
                new UserName(row.getString(3)), Role.valueOf(row.getString(4)), UserStatus.valueOf(row.getString(5)),
                row.getObject(6, OffsetDateTime.class).toInstant(), row.getObject(7, OffsetDateTime.class).toInstant(),
                row.getLong(8), Optional.ofNullable(deletedAt).map(OffsetDateTime::toInstant));
    }

    static User toDomain(UserRow row) {
        return User.rehydrate(new UserId(row.id()), new Email(row.email()), new UserName(row.name()),
                Role.valueOf(row.role()), UserStatus.valueOf(row.status()), new PasswordHash(row.passwordHash()),
                row.createdAt(), row.updatedAt(), row.version(), row.deletedAt());
    }
}
