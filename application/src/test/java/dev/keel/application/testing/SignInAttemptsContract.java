package dev.keel.application.testing;

import dev.keel.application.identity.auth.SignInAttempts;
import dev.keel.application.shared.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The behaviour every {@link SignInAttempts} owes its callers, run against the in-memory fake
 * ({@code InMemorySignInAttemptsTest}) and the PostgreSQL adapter ({@code SignInAttemptPersistenceAdapterContractTest}).
 * Subjects are unique to each test; the purge test uses times far before any other test's.
 */
public abstract class SignInAttemptsContract {

    private static final Instant T0 = Instant.parse("2031-03-04T05:06:07.123456Z");

    private final String subject = "email:" + UUID.randomUUID();
    private final String other = "address:" + UUID.randomUUID();

    protected abstract SignInAttempts attempts();

    protected abstract UnitOfWork unitOfWork();

    @Test
    void latestFailuresAreTheSubjectsAfterSinceLatestFirstAndAtMostTheLimit() {
        for (int i = 0; i < 4; i++) {
            Instant at = T0.plusSeconds(i);
            write(() -> attempts().recordFailure(subject, at));
        }
        write(() -> attempts().recordFailure(other, T0.plusSeconds(9)));

        assertThat(read(() -> attempts().latestFailures(subject, T0, 10)))
                .as("after since, not at it").containsExactly(T0.plusSeconds(3), T0.plusSeconds(2), T0.plusSeconds(1));
        assertThat(read(() -> attempts().latestFailures(subject, T0.minusSeconds(1), 2)))
                .containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
        assertThat(read(() -> attempts().latestFailures(other, T0, 10))).containsExactly(T0.plusSeconds(9));
    }

    @Test
    void failuresAtTheSameInstantAreAllCounted() {
        write(() -> attempts().recordFailure(subject, T0));
        write(() -> attempts().recordFailure(subject, T0));

        assertThat(read(() -> attempts().latestFailures(subject, T0.minusSeconds(1), 10))).containsExactly(T0, T0);
    }

    @Test
    void clearForgetsOnlyThatSubject() {
        write(() -> attempts().recordFailure(subject, T0));
        write(() -> attempts().recordFailure(other, T0));

        write(() -> attempts().clear(subject));

        assertThat(read(() -> attempts().latestFailures(subject, T0.minusSeconds(1), 10))).isEmpty();
        assertThat(read(() -> attempts().latestFailures(other, T0.minusSeconds(1), 10))).hasSize(1);
    }

    @Test
    void purgeDeletesFailuresAtOrBeforeTheCutOffInBatches() {
        Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            Instant at = longAgo.plus(Duration.ofMinutes(i));
            write(() -> attempts().recordFailure(subject, at));
        }
        write(() -> attempts().recordFailure(subject, longAgo.plus(Duration.ofMinutes(3))));
        Instant cutOff = longAgo.plus(Duration.ofMinutes(2));

        assertThat(write(() -> attempts().purgeBefore(cutOff, 2))).isEqualTo(2);
        assertThat(write(() -> attempts().purgeBefore(cutOff, 2))).isEqualTo(1);
        assertThat(write(() -> attempts().purgeBefore(cutOff, 2))).isZero();
        assertThat(read(() -> attempts().latestFailures(subject, longAgo.minusSeconds(1), 10)))
                .containsExactly(longAgo.plus(Duration.ofMinutes(3)));
    }

    private <T> T read(Supplier<T> work) {
        return unitOfWork().read(work::get);
    }

    private <T> T write(Supplier<T> work) {
        return unitOfWork().write(work::get);
    }

    private void write(Runnable work) {
        unitOfWork().write(() -> {
            work.run();
            return null;
        });
    }
}
