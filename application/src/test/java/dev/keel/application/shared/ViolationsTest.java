package dev.keel.application.shared;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import dev.keel.domain.identity.user.Role;
import dev.keel.domain.identity.user.UserName;
import dev.keel.domain.identity.user.UserStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ViolationsTest {

    @Test
    void violationsOfSeveralValuesAreReportedTogetherInOrder() {
        var violations = new Violations();

        UserName first = violations.check(() -> new UserName(""));
        UserName fine = violations.check(() -> new UserName("Ada"));
        violations.add("other", "is wrong");

        assertThat(first).isNull();
        assertThat(fine.value()).isEqualTo("Ada");
        assertThatThrownBy(violations::throwIfAny)
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("name", "must not be blank"),
                        new FieldViolation("other", "is wrong")));
    }

    @Test
    void noViolationsMeansNoFailure() {
        var violations = new Violations();
        violations.check(() -> new UserName("Ada"));

        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void absentOptionalValueIsNeitherParsedNorAViolation() {
        var violations = new Violations();

        UserName absent = violations.checkIfPresent(null, raw -> {
            throw new AssertionError("must not be parsed");
        });
        UserName present = violations.checkIfPresent(" Ada ", UserName::new);

        assertThat(absent).isNull();
        assertThat(present.value()).isEqualTo("Ada");
        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void failuresOtherThanValidationAreNotSwallowed() {
        var violations = new Violations();

        assertThatThrownBy(() -> violations.check(() -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void enumValueIsParsedByItsExactConstantName() {
        assertThat(EnumValues.parse(Role.class, "role", "ADMIN")).isEqualTo(Role.ADMIN);
        assertThat(EnumValues.parse(UserStatus.class, "status", "SUSPENDED")).isEqualTo(UserStatus.SUSPENDED);
    }

    @Test
    void unknownEnumValueNamesTheChoices() {
        for (String raw : new String[] {"admin", " ADMIN", "OWNER", "", null}) {
            assertThatThrownBy(() -> EnumValues.parse(Role.class, "role", raw))
                    .as("raw %s", raw)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .containsExactly(new FieldViolation("role", "must be one of MEMBER, ADMIN")));
        }
    }
}
