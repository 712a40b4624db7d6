package dev.keel.domain.identity.user;

import dev.keel.domain.shared.FieldViolation;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void passwordToStringNeverRevealsIt() {
        Password password = new Password("correct horse battery staple");

        assertThat(password.toString()).doesNotContain("correct", "horse", "staple").isEqualTo("Password[****]");
        assertThat(String.valueOf(password)).doesNotContain("horse");
    }

    @Test
    void passwordIsKeptExactlyAsGiven() {
        assertThat(new Password("  Secret 1  ").reveal()).isEqualTo("  Secret 1  ");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9, 64, 127, 128})
    void passwordLengthWithinBoundsIsAccepted(int length) {
        assertThat(new Password("p".repeat(length)).reveal()).hasSize(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 129, 500})
    void passwordLengthOutsideBoundsIsRejected(int length) {
        assertThatThrownBy(() -> new Password("p".repeat(length)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("password", "must be between 8 and 128 characters")));
    }

    @Test
    void passwordLengthIsCountedInCodePoints() {
        // 4 emoji are 8 UTF-16 chars but only 4 characters
        assertThatThrownBy(() -> new Password(EMOJI.repeat(4))).isInstanceOf(ValidationException.class);
        assertThat(new Password(EMOJI.repeat(8)).reveal()).isEqualTo(EMOJI.repeat(8));
        assertThat(new Password(EMOJI.repeat(128)).reveal()).hasSize(256);
        assertThatThrownBy(() -> new Password(EMOJI.repeat(129))).isInstanceOf(ValidationException.class);
    }

    @Test
    void missingPasswordIsRejected() {
        assertThatThrownBy(() -> new Password(null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .containsExactly(new FieldViolation("password", "must not be blank")));
    }

    @Test
    void passwordHashToStringNeverRevealsTheHash() {
        PasswordHash hash = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");

        assertThat(hash.toString()).isEqualTo("PasswordHash[****]").doesNotContain("argon2id");
        assertThat(hash.value()).startsWith("$argon2id$");
    }

    @Test
    void passwordHashesWithTheSameEncodingAreEqual() {
        assertThat(new PasswordHash("$x$abc")).isEqualTo(new PasswordHash("$x$abc")).isNotEqualTo(new PasswordHash("$x$abd"));
        assertThatThrownBy(() -> new PasswordHash(null)).isInstanceOf(NullPointerException.class);
    }
}
