package dev.keel.application.identity.user;

import dev.keel.application.shared.Violations;
import dev.keel.domain.identity.user.Email;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.UserName;

import java.util.Objects;

/** The first administrator, from configuration: created unless a live user already has the e-mail. */
public record EnsureAdministratorCommand(Email email, UserName name, Password password) {

    public EnsureAdministratorCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    public static EnsureAdministratorCommand of(String email, String password) {
        var violations = new Violations();
        Email validEmail = violations.check(() -> new Email(email));
        Password validPassword = violations.check(() -> new Password(password));
        violations.throwIfAny();
        return new EnsureAdministratorCommand(validEmail, new UserName("Administrator"), validPassword);
    }
}
