package dev.keel.domain.identity.user;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserNameTest {

    private static final String EMOJI = "\uD83D\uDE00"; // one code point, two UTF-16 chars

    @Test
    void nameIsTrimmed() {
        assertThat(new UserName("  Ada Lovelace \t").value()).isEqualTo("Ada Lovelace");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", " \t\n "})
    void blankNameIsRejected(String raw) {
        assertThatThrownBy(() -> new UserName(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("name", "must not be blank")));
    }

    @Test
    void nameOfMaxLengthIsAcceptedAndOneMoreIsRejected() {
        assertThat(new UserName("x".repeat(UserName.MAX_LENGTH)).value()).hasSize(100);
        assertThatThrownBy(() -> new UserName("x".repeat(UserName.MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("name", "must be at most 100 characters")));
    }

    @Test
    void nameLengthIsCountedInCodePoints() {
        String hundredEmoji = EMOJI.repeat(100);
        assertThat(hundredEmoji).hasSize(200);

        assertThat(new UserName(hundredEmoji).value()).isEqualTo(hundredEmoji);
        assertThatThrownBy(() -> new UserName(EMOJI.repeat(101))).isInstanceOf(ValidationException.class);
    }

    @Test
    void surroundingSpaceDoesNotCountTowardsTheLimit() {
        assertThat(new UserName("  " + "x".repeat(100) + "  ").value()).isEqualTo("x".repeat(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ada\u0000Lovelace", "Ada\nLovelace", "Ada\tLovelace", "Ada\u007F", "Ada\u0085Lovelace",
            "Ada\u001FLovelace", "Ada\u009F", EMOJI + "\u0000"})
    void controlCharactersAreRejected(String raw) {
        assertThatThrownBy(() -> new UserName(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("name", "must not contain control characters")));
    }

    @Test
    void nonLatinNamesAreAccepted() {
        assertThat(new UserName("Zoë Ørsted-Łukasz 山田 " + EMOJI).value()).isEqualTo("Zoë Ørsted-Łukasz 山田 " + EMOJI);
    }
}
