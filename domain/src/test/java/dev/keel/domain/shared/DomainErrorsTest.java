package dev.keel.domain.shared;

import dev.keel.domain.identity.user.EmailAlreadyTakenException;
import dev.keel.domain.identity.user.UserId;
import dev.keel.domain.identity.user.UserNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainErrorsTest {

    private static final UUID ID = UUID.fromString("00000000-0000-7000-8000-000000000009");

    @Test
    void validationFailureNeedsAtLeastOneViolation() {
        assertThatThrownBy(() -> new ValidationException(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void validationMessageListsEveryViolation() {
        ValidationException e = new ValidationException(List.of(
                new FieldViolation("email", "must not be blank"),
                new FieldViolation("name", "must be at most 100 characters")));

        assertThat(e).hasMessage("email must not be blank; name must be at most 100 characters");
        assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("email", "name");
    }

    @Test
    void validationViolationsAreACopyThatCannotBeChanged() {
        List<FieldViolation> source = new ArrayList<>(List.of(new FieldViolation("a", "bad")));
        ValidationException e = new ValidationException(source);

        source.add(new FieldViolation("b", "bad"));

        assertThat(e.violations()).hasSize(1);
        assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void missingExpectedVersionIsNoCheck() {
        assertThatCode(() -> Versioned.requireExpected("user", ID, Optional.empty(), 4)).doesNotThrowAnyException();
    }

    @Test
    void matchingExpectedVersionPasses() {
        assertThatCode(() -> Versioned.requireExpected("user", ID, Optional.of(4L), 4)).doesNotThrowAnyException();
        assertThatCode(() -> Versioned.requireExpected("user", ID, Optional.of(1_000_000L), 1_000_000L))
                .as("compared by value, not by boxed identity").doesNotThrowAnyException();
    }

    @Test
    void staleExpectedVersionIsRefused() {
        assertThatThrownBy(() -> Versioned.requireExpected("user", ID, Optional.of(3L), 4))
                .isInstanceOfSatisfying(VersionMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(3);
                    assertThat(e.actual()).isEqualTo(4);
                    assertThat(e).hasMessage("user " + ID + " is at version 4, not the expected 3");
                });
    }

    @Test
    void userNotFoundNamesResourceAndId() {
        UserNotFoundException e = new UserNotFoundException(new UserId(ID));

        assertThat(e).isInstanceOf(NotFoundException.class).hasMessage("user " + ID + " was not found");
        assertThat(e.resource()).isEqualTo("user");
        assertThat(e.id()).isEqualTo(ID.toString());
    }

    @Test
    void uniquenessAndConcurrencyFailuresAreConflicts() {
        assertThat(new EmailAlreadyTakenException()).isInstanceOf(ConflictException.class)
                .hasMessageNotContaining("@");
        assertThat(new ConcurrentUpdateException("user", ID)).isInstanceOf(ConflictException.class)
                .hasMessageContaining(ID.toString());
    }

    @Test
    void fieldViolationNeedsFieldAndMessage() {
        assertThatThrownBy(() -> new FieldViolation(null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new FieldViolation("f", null)).isInstanceOf(NullPointerException.class);
    }
}
