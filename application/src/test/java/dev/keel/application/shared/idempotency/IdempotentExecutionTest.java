package dev.keel.application.shared.idempotency;

import dev.keel.application.testing.DirectUnitOfWork;
import dev.keel.application.testing.InMemoryIdempotencyStore;
import dev.keel.application.testing.TestClock;
import dev.keel.domain.shared.ConcurrentUpdateException;
import dev.keel.domain.shared.ConflictException;
import dev.keel.domain.shared.DomainException;
import dev.keel.domain.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotentExecutionTest {

    private static final String KEY = "key-123";
    private static final String SCOPE = "user:1";
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Location", "/users/1", "ETag", "\"0\""), "{\"id\":1}");
    private static final Function<DomainException, StoredResponse> AS_PROBLEM =
            e -> new StoredResponse(409, Map.of(), "{\"detail\":\"" + e.getMessage() + "\"}");

    private final TestClock clock = new TestClock();
    private final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    private final IdempotentExecution execution = new IdempotentExecution(store, unitOfWork, clock);
    private final AtomicInteger runs = new AtomicInteger();

    private Supplier<StoredResponse> counting(StoredResponse response) {
        return () -> {
            runs.incrementAndGet();
            return response;
        };
    }

    private IdempotentExecution.Outcome run(String key, String fingerprint, Supplier<StoredResponse> request) {
        return execution.execute(SCOPE, key, fingerprint, request, AS_PROBLEM);
    }

    @Test
    void firstRequestRunsInsideOneWriteTransactionAndItsResponseIsKept() {
        IdempotentExecution.Outcome outcome = run(KEY, "fp-1", counting(CREATED));

        assertThat(outcome).isEqualTo(new IdempotentExecution.Outcome(CREATED, false));
        assertThat(runs).hasValue(1);
        assertThat(store.find(SCOPE, KEY, clock.now())).contains(new IdempotencyRecord("fp-1", CREATED));
        assertThat(unitOfWork.calls()).extracting(DirectUnitOfWork.Call::kind)
                .containsExactly(DirectUnitOfWork.Kind.WRITE, DirectUnitOfWork.Kind.NESTED);
    }

    @Test
    void sameKeySameFingerprintReplaysTheStoredResponseWithoutRunning() {
        run(KEY, "fp-1", counting(CREATED));

        IdempotentExecution.Outcome replay = run(KEY, "fp-1", counting(new StoredResponse(500, Map.of(), "")));

        assertThat(replay).isEqualTo(new IdempotentExecution.Outcome(CREATED, true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void sameKeyDifferentFingerprintIsRefused() {
        run(KEY, "fp-1", counting(CREATED));

        assertThatThrownBy(() -> run(KEY, "fp-2", counting(CREATED))).isInstanceOf(IdempotencyKeyReusedException.class);
        assertThat(runs).hasValue(1);
    }

    @Test
    void keyLockedByARunningRequestIsAConflictAndNothingRuns() {
        store.holdElsewhere(SCOPE, KEY);

        assertThatThrownBy(() -> run(KEY, "fp-1", counting(CREATED)))
                .isInstanceOf(IdempotentRequestInProgressException.class);
        assertThat(runs).hasValue(0);
        assertThat(store.size()).isZero();
    }

    @Test
    void aRefusalIsRenderedStoredAndReplayed() {
        Supplier<StoredResponse> refused = () -> {
            runs.incrementAndGet();
            throw new ConflictException("e-mail taken");
        };

        IdempotentExecution.Outcome first = run(KEY, "fp-1", refused);
        IdempotentExecution.Outcome replay = run(KEY, "fp-1", refused);

        assertThat(first.response().status()).isEqualTo(409);
        assertThat(first.response().body()).contains("e-mail taken");
        assertThat(replay).isEqualTo(new IdempotentExecution.Outcome(first.response(), true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCollisionLeavesTheTransactionToBeRunAgainAndIsNotStored() {
        assertThatThrownBy(() -> run(KEY, "fp-1", () -> {
            runs.incrementAndGet();
            throw new ConcurrentUpdateException("task", 1);
        })).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.size()).isZero();

        assertThat(run(KEY, "fp-1", counting(CREATED))).isEqualTo(new IdempotentExecution.Outcome(CREATED, false));
        assertThat(runs).hasValue(2);
    }

    @Test
    void anUnexpectedFailureStoresNothingSoTheKeyCanBeRetried() {
        assertThatThrownBy(() -> run(KEY, "fp-1", () -> {
            throw new IllegalStateException("database gone");
        })).hasMessage("database gone");
        assertThat(store.size()).isZero();

        assertThat(run(KEY, "fp-1", counting(CREATED)).replayed()).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void keyIsForgottenAfterTheRetentionPeriod() {
        run(KEY, "fp-1", counting(CREATED));
        clock.advance(IdempotentExecution.RETENTION.minus(Duration.ofSeconds(1)));
        assertThat(run(KEY, "fp-1", counting(CREATED)).replayed()).isTrue();

        clock.advance(Duration.ofSeconds(1));
        IdempotentExecution.Outcome afterRetention = run(KEY, "fp-2", counting(CREATED));

        assertThat(afterRetention.replayed()).isFalse();
        assertThat(runs).hasValue(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "has space", "tab\there", "caf\u00e9", "new\nline", "\u007f"})
    void malformedKeyIsRejectedBeforeAnythingRuns(String key) {
        assertThatThrownBy(() -> run(key, "fp-1", counting(CREATED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .allSatisfy(v -> assertThat(v.field()).isEqualTo("Idempotency-Key")));
        assertThat(unitOfWork.calls()).isEmpty();
        assertThat(runs).hasValue(0);
    }

    @Test
    void keyLengthIsLimitedTo255() {
        String longest = "k".repeat(IdempotentExecution.MAX_KEY_LENGTH);

        assertThat(run(longest, "fp-1", counting(CREATED)).replayed()).isFalse();
        assertThatThrownBy(() -> run(longest + "k", "fp-1", counting(CREATED))).isInstanceOf(ValidationException.class);
    }

    @Test
    void everyPrintableAsciiCharacterIsAllowedInAKey() {
        StringBuilder key = new StringBuilder();
        for (char c = 0x21; c <= 0x7e; c++) {
            key.append(c);
        }

        assertThat(run(key.toString(), "fp-1", counting(CREATED)).replayed()).isFalse();
    }
}
