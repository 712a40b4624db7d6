package dev.keel.application.shared.idempotency;

import dev.keel.application.testing.InMemoryIdempotencyStore;
import dev.keel.application.testing.InMemoryIdempotencyStore.ClaimCall;
import dev.keel.application.testing.TestClock;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentExecutionTest {

    private static final String KEY = "key-123";
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/users/1", "ETag", "\"0\""), "{\"id\":1}");

    private final TestClock clock = new TestClock();
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final IdempotentExecution execution = new IdempotentExecution(store, clock);
    private final AtomicInteger runs = new AtomicInteger();

    private Supplier<StoredResponse> counting(StoredResponse response) {
        return () -> {
            runs.incrementAndGet();
            return response;
        };
    }

    @Test
    void firstRequestRunsAndItsResponseIsKept() {
        IdempotentExecution.Outcome outcome = execution.execute(KEY, "fp-1", counting(CREATED));

        assertThat(outcome).isEqualTo(new IdempotentExecution.Outcome(CREATED, false));
        assertThat(runs).hasValue(1);
        assertThat(store.entry(KEY)).hasValueSatisfying(e -> assertThat(e.response()).contains(CREATED));
    }

    @Test
    void claimUsesTheClockAndTheDocumentedLeaseAndRetention() {
        execution.execute(KEY, "fp-1", counting(CREATED));

        assertThat(store.claims()).containsExactly(new ClaimCall(KEY, "fp-1", clock.now(), Duration.ofMinutes(2),
                Duration.ofHours(24)));
    }

    @Test
    void sameKeySameFingerprintReplaysStoredResponse() {
        execution.execute(KEY, "fp-1", counting(CREATED));
        clock.advance(Duration.ofHours(1));

        IdempotentExecution.Outcome replay = execution.execute(KEY, "fp-1",
                counting(new StoredResponse(201, Map.of(), "different")));

        assertThat(replay.replayed()).isTrue();
        assertThat(replay.response()).isEqualTo(CREATED);
        assertThat(runs).as("the request ran only the first time").hasValue(1);
    }

    @Test
    void sameKeyDifferentFingerprintIsRefused() {
        execution.execute(KEY, "fp-1", counting(CREATED));

        assertThatThrownBy(() -> execution.execute(KEY, "fp-2", counting(CREATED)))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(runs).hasValue(1);
        assertThat(store.entry(KEY)).hasValueSatisfying(e -> assertThat(e.fingerprint()).isEqualTo("fp-1"));
    }

    @Test
    void keyStillRunningIsConflict() {
        AtomicInteger innerRuns = new AtomicInteger();

        assertThatThrownBy(() -> execution.execute(KEY, "fp-1", () -> execution.execute(KEY, "fp-1", () -> {
            innerRuns.incrementAndGet();
            return CREATED;
        }).response())).isInstanceOf(IdempotentRequestInProgressException.class);
        assertThat(innerRuns).hasValue(0);
    }

    @Test
    void keyStillRunningWithAnotherFingerprintIsReuse() {
        assertThatThrownBy(() -> execution.execute(KEY, "fp-1",
                () -> execution.execute(KEY, "fp-2", counting(CREATED)).response()))
                .isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(runs).hasValue(0);
    }

    @Test
    void serverErrorReleasesKeyForRetry() {
        IdempotentExecution.Outcome failed = execution.execute(KEY, "fp-1",
                counting(new StoredResponse(503, Map.of(), "{\"title\":\"unavailable\"}")));

        assertThat(failed.replayed()).isFalse();
        assertThat(failed.response().status()).isEqualTo(503);
        assertThat(store.entry(KEY)).isEmpty();

        IdempotentExecution.Outcome retried = execution.execute(KEY, "fp-1", counting(CREATED));

        assertThat(retried).isEqualTo(new IdempotentExecution.Outcome(CREATED, false));
        assertThat(runs).hasValue(2);
    }

    @Test
    void clientErrorIsKeptAndReplayed() {
        StoredResponse conflict = new StoredResponse(409, Map.of(), "{\"title\":\"email taken\"}");
        execution.execute(KEY, "fp-1", counting(conflict));

        IdempotentExecution.Outcome replay = execution.execute(KEY, "fp-1", counting(CREATED));

        assertThat(replay).isEqualTo(new IdempotentExecution.Outcome(conflict, true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void requestThatThrowsReleasesKey() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> execution.execute(KEY, "fp-1", () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(store.released()).containsExactly(KEY);
        assertThat(store.entry(KEY)).isEmpty();
        assertThat(execution.execute(KEY, "fp-1", counting(CREATED)).replayed()).isFalse();
    }

    @Test
    void requestThatThrowsAnErrorAlsoReleasesKey() {
        StackOverflowError failure = new StackOverflowError("deep");

        assertThatThrownBy(() -> execution.execute(KEY, "fp-1", () -> {
            throw failure;
        })).isSameAs(failure);
        assertThat(store.entry(KEY)).isEmpty();
    }

    @Test
    void abandonedClaimIsTakenOverOnceItsLeaseRunsOut() {
        store.claim(KEY, "fp-1", clock.now(), IdempotentExecution.LEASE, IdempotentExecution.RETENTION);

        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> execution.execute(KEY, "fp-1", counting(CREATED)))
                .isInstanceOf(IdempotentRequestInProgressException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(execution.execute(KEY, "fp-1", counting(CREATED)).replayed()).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void keyIsForgottenAfterTheRetentionPeriod() {
        execution.execute(KEY, "fp-1", counting(CREATED));

        clock.advance(Duration.ofHours(24));
        IdempotentExecution.Outcome afterRetention = execution.execute(KEY, "fp-2", counting(CREATED));

        assertThat(afterRetention.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "tab\there", "caf\u00e9", "new\nline", "\u007f"})
    void malformedKeyIsRejectedBeforeAnythingRuns(String key) {
        assertThatThrownBy(() -> execution.execute(key, "fp-1", counting(CREATED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .allSatisfy(v -> assertThat(v.field()).isEqualTo("Idempotency-Key")));
        assertThat(store.claims()).isEmpty();
        assertThat(runs).hasValue(0);
    }

    @Test
    void keyLengthIsLimitedTo255() {
        String longest = "k".repeat(IdempotentExecution.MAX_KEY_LENGTH);

        assertThat(execution.execute(longest, "fp-1", counting(CREATED)).replayed()).isFalse();
        assertThatThrownBy(() -> execution.execute(longest + "k", "fp-1", counting(CREATED)))
                .isInstanceOf(ValidationException.class);
        assertThat(store.claims()).hasSize(1);
    }

    @Test
    void everyPrintableAsciiCharacterIsAllowedInAKey() {
        StringBuilder key = new StringBuilder();
        for (char c = 0x21; c <= 0x7e; c++) {
            key.append(c);
        }

        assertThat(execution.execute(key.toString(), "fp-1", counting(CREATED)).replayed()).isFalse();
    }

    @Test
    void onlyResponsesBelow500AreWorthKeeping() {
        assertThat(new StoredResponse(200, Map.of(), "").isWorthKeeping()).isTrue();
        assertThat(new StoredResponse(422, Map.of(), "").isWorthKeeping()).isTrue();
        assertThat(new StoredResponse(499, Map.of(), "").isWorthKeeping()).isTrue();
        assertThat(new StoredResponse(500, Map.of(), "").isWorthKeeping()).isFalse();
        assertThat(new StoredResponse(503, Map.of(), "").isWorthKeeping()).isFalse();
    }
}
