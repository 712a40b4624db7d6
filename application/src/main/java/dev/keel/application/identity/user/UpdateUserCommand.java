package dev.keel.application.identity.user;

import dev.keel.application.shared.EnumValues;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserStatus;

import java.util.Objects;
import java.util.Optional;

/** A partial update: an empty field stays as it is. {@code expectedVersion} is the caller's If-Match. */
public record UpdateUserCommand(UserId id,
                                Optional<Long> expectedVersion,
                                Optional<Email> email,
                                Optional<UserName> name,
                                Optional<Role> role,
                                Optional<UserStatus> status,
                                Optional<Password> password) {

    public UpdateUserCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(password, "password");
    }

    /** Validates raw input (null meaning "leave as it is"), reporting every bad field at once. */
    public static UpdateUserCommand of(UserId id, Long expectedVersion, String email, String name, String role,
                                       String status, String password) {
        var violations = new Violations();
        Email validEmail = violations.checkIfPresent(email, Email::new);
        UserName validName = violations.checkIfPresent(name, UserName::new);
        Role validRole = violations.checkIfPresent(role, r -> EnumValues.parse(Role.class, "role", r));
        UserStatus validStatus = violations.checkIfPresent(status, s -> EnumValues.parse(UserStatus.class, "status", s));
        Password validPassword = violations.checkIfPresent(password, Password::new);
        violations.throwIfAny();
        return new UpdateUserCommand(id, Optional.ofNullable(expectedVersion), Optional.ofNullable(validEmail),
                Optional.ofNullable(validName), Optional.ofNullable(validRole), Optional.ofNullable(validStatus),
                Optional.ofNullable(validPassword));
    }
}
