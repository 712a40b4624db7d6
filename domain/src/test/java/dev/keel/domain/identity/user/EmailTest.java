package dev.keel.domain.identity.user;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTest {

    @Test
    void emailIsStoredLowerCasedAndTrimmed() {
        assertThat(new Email("  Ada.Lovelace@Example.COM \t").value()).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void emailsDifferingOnlyInCaseAndSurroundingSpaceAreEqual() {
        assertThat(new Email("ADA@example.com")).isEqualTo(new Email(" ada@EXAMPLE.com "));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankEmailIsRejected(String raw) {
        assertThatThrownBy(() -> new Email(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("email", "must not be blank")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada", "ada@", "@example.com", "ada@example", "ada@@example.com", "ada @example.com",
            "ada@exa mple.com", "ada@example..com", "ada@.example.com", "ada@example.com.", "ada@example@com.org"})
    void malformedEmailIsRejected(String raw) {
        assertThatThrownBy(() -> new Email(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("email", "must be a valid e-mail address")));
    }

    @Test
    void emailOfExactlyMaxLengthIsAccepted() {
        String raw = "a".repeat(64) + "@" + "b".repeat(185) + ".com";
        assertThat(raw).hasSize(Email.MAX_LENGTH);

        assertThat(new Email(raw).value()).isEqualTo(raw);
    }

    @Test
    void emailLongerThanMaxLengthIsRejected() {
        String raw = "a".repeat(64) + "@" + "b".repeat(186) + ".com";

        assertThatThrownBy(() -> new Email(raw))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("email", "must be at most 254 characters")));
    }

    @Test
    void lengthLimitAppliesAfterTrimming() {
        String raw = "a".repeat(64) + "@" + "b".repeat(185) + ".com";

        assertThat(new Email("   " + raw + "   ").value()).isEqualTo(raw);
    }

    @Test
    void localPartMayHaveAtMost64Characters() {
        assertThat(new Email("a".repeat(64) + "@example.com").value()).startsWith("a".repeat(64) + "@");
        assertThatThrownBy(() -> new Email("a".repeat(65) + "@example.com"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("email must be a valid e-mail address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0007b@example.com", "ada\u202E@example.com", "a\u200Bda@example.com",
            "ada@exa\u200Dmple.com", "\uFEFFada@example.com", "<ada@example.com", "ada@example.com>",
            "ada<script>@example.com", "a\u2028b@example.com", "a\uE000b@example.com", "a\u001Fb@example.com",
            "a\u007Fb@example.com", "a\uD800b@example.com", "a\uDB80\uDC00b@example.com"})
    void invisibleControlAndMarkupCharactersAreRefused(String raw) {
        assertThatThrownBy(() -> new Email(raw)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("must be a valid e-mail address");
    }

    @Test
    void internationalLettersAreStillAccepted() {
        assertThat(new Email("J\u00f6rg@b\u00fccher.example").value()).isEqualTo("j\u00f6rg@b\u00fccher.example");
        assertThat(new Email("\uD835\uDC9C\u00e9@example.com").value()).isEqualTo("\uD835\uDC9C\u00e9@example.com");
    }
}
