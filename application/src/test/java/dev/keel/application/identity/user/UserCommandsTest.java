package dev.keel.application.identity.user;

import java.util.Optional;

import dev.keel.application.testing.UserWorld;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserCommandsTest {

    private static final UserId ID = new UserId(UUID.fromString("00000000-0000-7000-8000-000000000042"));

    @Test
    void createReportsEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> CreateUserCommand.of(Optional.of(UserWorld.ROOT), "not-an-email", "  ", "short", "OWNER"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("email", "must be a valid e-mail address"),
                        new FieldViolation("name", "must not be blank"),
                        new FieldViolation("password", "must be between 8 and 128 characters"),
                        new FieldViolation("role", "must be one of MEMBER, ADMIN")));
    }

    @Test
    void createReportsMissingRequiredFields() {
        assertThatThrownBy(() -> CreateUserCommand.of(Optional.of(UserWorld.ROOT), null, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("email", "name", "password"));
    }

    @Test
    void createWithoutRoleMakesAMember() {
        assertThat(CreateUserCommand.of(Optional.of(UserWorld.ROOT), "ada@example.com", "Ada", "password1", null).role()).isEqualTo(Role.MEMBER);
    }

    @Test
    void createNormalisesValidInput() {
        CreateUserCommand command = CreateUserCommand.of(Optional.of(UserWorld.ROOT), " Ada@Example.com ", "  Ada  ", "password1", "ADMIN");

        assertThat(command.email().value()).isEqualTo("ada@example.com");
        assertThat(command.name().value()).isEqualTo("Ada");
        assertThat(command.password().reveal()).isEqualTo("password1");
        assertThat(command.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void createRoleMustBeSpelledExactly() {
        assertThatThrownBy(() -> CreateUserCommand.of(Optional.of(UserWorld.ROOT), "ada@example.com", "Ada", "password1", "admin"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("role"));
    }

    @Test
    void updateWithOnlyNullsLeavesEverythingAsItIs() {
        UpdateUserCommand command = UpdateUserCommand.of(UserWorld.ROOT, ID, null, null, null, null, null, null, null);

        assertThat(command.id()).isEqualTo(ID);
        assertThat(command.expectedVersion()).isEmpty();
        assertThat(command.email()).isEmpty();
        assertThat(command.name()).isEmpty();
        assertThat(command.role()).isEmpty();
        assertThat(command.status()).isEmpty();
        assertThat(command.password()).isEmpty();
    }

    @Test
    void updateReportsEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> UpdateUserCommand.of(UserWorld.ROOT, ID, 1L, "x@", "", "boss", "active", "1234567", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("email", "must be a valid e-mail address"),
                        new FieldViolation("name", "must not be blank"),
                        new FieldViolation("role", "must be one of MEMBER, ADMIN"),
                        new FieldViolation("status", "must be one of ACTIVE, SUSPENDED"),
                        new FieldViolation("password", "must be between 8 and 128 characters"),
                        new FieldViolation("currentPassword", "is required to change the password")));
    }

    @Test
    void updateCarriesGivenValuesAndExpectedVersion() {
        UpdateUserCommand command = UpdateUserCommand.of(UserWorld.ROOT, ID, 4L, "NEW@example.com", " New ", "ADMIN", "SUSPENDED",
                "new-password", "old-password");

        assertThat(command.expectedVersion()).contains(4L);
        assertThat(command.email()).hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("new@example.com"));
        assertThat(command.name()).hasValueSatisfying(n -> assertThat(n.value()).isEqualTo("New"));
        assertThat(command.role()).contains(Role.ADMIN);
        assertThat(command.status()).contains(UserStatus.SUSPENDED);
        assertThat(command.password()).hasValueSatisfying(p -> assertThat(p.reveal()).isEqualTo("new-password"));
    }
}
