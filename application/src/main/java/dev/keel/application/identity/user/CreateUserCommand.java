package dev.keel.application.identity.user;

import dev.keel.application.shared.EnumValues;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserName;

import java.util.Objects;

public record CreateUserCommand(Email email, UserName name, Password password, Role role) {

    public CreateUserCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
    }

    /** Validates raw input, reporting every bad field at once; a missing role means {@link Role#MEMBER}. */
    public static CreateUserCommand of(String email, String name, String password, String role) {
        var violations = new Violations();
        Email validEmail = violations.check(() -> new Email(email));
        UserName validName = violations.check(() -> new UserName(name));
        Password validPassword = violations.check(() -> new Password(password));
        Role validRole = role == null ? Role.MEMBER : violations.check(() -> EnumValues.parse(Role.class, "role", role));
        violations.throwIfAny();
        return new CreateUserCommand(validEmail, validName, validPassword, validRole);
    }
}
