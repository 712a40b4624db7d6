package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
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
public record UpdateUserCommand(Actor actor,
                                UserId id,
                                Optional<Long> expectedVersion,
                                Optional<Email> email,
                                Optional<UserName> name,
                                Optional<Role> role,
                                Optional<UserStatus> status,
                                Optional<Password> password,
                                Optional<String> currentPassword) {

    public UpdateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(currentPassword, "currentPassword");
    }

    /**
     * Validates raw input (null meaning "leave as it is"), reporting every bad field at once. A new password needs
     * the current one.
     */
    public static UpdateUserCommand of(Actor actor, UserId id, Long expectedVersion, String email, String name,
                                       String role, String status, String password, String currentPassword) {
        var violations = new Violations();
        Email validEmail = violations.checkIfPresent(email, Email::new);
        UserName validName = violations.checkIfPresent(name, UserName::new);
        Role validRole = violations.checkIfPresent(role, r -> EnumValues.parse(Role.class, "role", r));
        UserStatus validStatus = violations.checkIfPresent(status, s -> EnumValues.parse(UserStatus.class, "status", s));
        Password validPassword = violations.checkIfPresent(password, Password::new);
        if (password != null && currentPassword == null) {
            violations.add("currentPassword", "is required to change the password");
        }
        violations.throwIfAny();
        return new UpdateUserCommand(actor, id, Optional.ofNullable(expectedVersion), Optional.ofNullable(validEmail),
                Optional.ofNullable(validName), Optional.ofNullable(validRole), Optional.ofNullable(validStatus),
                Optional.ofNullable(validPassword), Optional.ofNullable(currentPassword));
    }
}
