package dev.keel.application.identity.user;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.EnumValues;
import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserName;

import java.util.Objects;
import java.util.Optional;

/** {@code actor} is empty for a sign-up. */
public record CreateUserCommand(Optional<Actor> actor, Email email, UserName name, Password password, Role role) {

    public CreateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
    }

    /** Validates raw input, reporting every bad field at once; a missing role means {@link Role#MEMBER}. */
    public static CreateUserCommand of(Optional<Actor> actor, String email, String name, String password, String role) {
        var violations = new Violations();
        Email validEmail = violations.check(() -> new Email(email));
        UserName validName = violations.check(() -> new UserName(name));
        Password validPassword = violations.check(() -> new Password(password));
        Role validRole = role == null ? Role.MEMBER : violations.check(() -> EnumValues.parse(Role.class, "role", role));
        violations.throwIfAny();
        return new CreateUserCommand(actor, validEmail, validName, validPassword, validRole);
    }
}
