package dev.keel.application.identity.auth;

import dev.keel.application.testing.UserWorld;
import dev.keel.domain.identity.user.User;
import dev.keel.domain.shared.TooManyAttemptsException;
import dev.keel.domain.shared.UnauthenticatedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Sign-in throttling through the sign-in use case: 5 failures per e-mail, 50 per address, in 15 minutes. */
class SignInThrottleTest {

    private final UserWorld world = new UserWorld();
    private final User ada = world.createUser("ada@example.com", "Ada");

    private IssuedTokens signIn(String email, String password, String address) {
        return world.signIn.signIn(new SignInCommand(email, password, null, address));
    }

    private void fail(String email, String address) {
        assertThatThrownBy(() -> signIn(email, "wrong-password", address)).isInstanceOf(UnauthenticatedException.class);
    }

    private void failFiveTimesOneMinuteApart() {
        for (int i = 0; i < 5; i++) {
            fail("ada@example.com", "192.0.2." + i);
            world.clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void fourFailuresStillLetTheRightPasswordIn() {
        for (int i = 0; i < 4; i++) {
            fail("ada@example.com", "192.0.2.1");
        }

        assertThat(signIn("ada@example.com", "password-Ada", "192.0.2.1")).isNotNull();
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedUntilTheOldestLeavesTheWindow() {
        failFiveTimesOneMinuteApart();

        TooManyAttemptsException locked = catchThrowableOfType(TooManyAttemptsException.class,
                () -> signIn("ADA@example.com", "password-Ada", "198.51.100.7"));
        // The first failure was 5 minutes ago; it leaves the 15-minute window in 10 minutes.
        assertThat(locked.retryAfter()).isEqualTo(Duration.ofMinutes(10));
        assertThat(world.sessions.findActive(ada.id(), world.clock.now())).isEmpty();

        world.clock.advance(Duration.ofMinutes(10).minusSeconds(1));
        assertThatThrownBy(() -> signIn("ada@example.com", "password-Ada", null)).isInstanceOf(TooManyAttemptsException.class);
        world.clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("ada@example.com", "password-Ada", null)).isNotNull();
    }

    @Test
    void refusalsDuringTheLockOutAreNotCountedAsFailures() {
        failFiveTimesOneMinuteApart();
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn("ada@example.com", "wrong-password", null)).isInstanceOf(TooManyAttemptsException.class);
        }

        world.clock.advance(Duration.ofMinutes(10));
        assertThat(signIn("ada@example.com", "password-Ada", null)).isNotNull();
    }

    @Test
    void theLockOutOfOneEmailLeavesOthersAlone() {
        world.createUser("bob@example.com", "Bob");
        failFiveTimesOneMinuteApart();

        assertThat(signIn("bob@example.com", "password-Bob", "192.0.2.1")).isNotNull();
    }

    @Test
    void successClearsTheEmailsFailures() {
        for (int i = 0; i < 4; i++) {
            fail("ada@example.com", null);
        }
        signIn("ada@example.com", "password-Ada", null);
        for (int i = 0; i < 4; i++) {
            fail("ada@example.com", null);
        }

        assertThat(signIn("ada@example.com", "password-Ada", null)).as("four, not eight, failures count").isNotNull();
    }

    @Test
    void fiftyFailuresFromOneAddressLockItForEveryEmail() {
        for (int i = 0; i < 50; i++) {
            fail("guess-" + i + "@example.com", "203.0.113.9");
        }

        assertThatThrownBy(() -> signIn("ada@example.com", "password-Ada", "203.0.113.9"))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThat(signIn("ada@example.com", "password-Ada", "203.0.113.10")).as("another address").isNotNull();
        world.clock.advance(Duration.ofMinutes(15));
        assertThat(signIn("ada@example.com", "password-Ada", "203.0.113.9")).isNotNull();
    }

    @Test
    void fortyNineFailuresFromOneAddressDoNotLockIt() {
        for (int i = 0; i < 49; i++) {
            fail("guess-" + i + "@example.com", "203.0.113.9");
        }

        assertThat(signIn("ada@example.com", "password-Ada", "203.0.113.9")).isNotNull();
    }
}
