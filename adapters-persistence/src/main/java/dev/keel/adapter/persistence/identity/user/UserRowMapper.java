package dev.keel.adapter.persistence.identity.user;

import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.PasswordHash;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserStatus;

/** Maps between the aggregate and its row; the domain side goes through {@link User#rehydrate}. */
final class UserRowMapper {

    private UserRowMapper() {
    }

    static UserRow toRow(User user) {
        return new UserRow(user.id().value(), user.email().value(), user.name().value(), user.role().name(),
                user.status().name(), user.passwordHash().value(), user.createdAt(), user.updatedAt(), user.version(),
                user.deletedAt().orElse(null));
    }

    static User toDomain(UserRow row) {
        return User.rehydrate(new UserId(row.id()), new Email(row.email()), new UserName(row.name()),
                Role.valueOf(row.role()), UserStatus.valueOf(row.status()), new PasswordHash(row.passwordHash()),
                row.createdAt(), row.updatedAt(), row.version(), row.deletedAt());
    }
}
