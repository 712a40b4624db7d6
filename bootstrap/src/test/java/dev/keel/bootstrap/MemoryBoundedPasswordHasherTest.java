package dev.keel.bootstrap;

import dev.keel.application.identity.user.PasswordHasher;
import dev.keel.domain.identity.user.Password;
import dev.keel.domain.identity.user.PasswordHash;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemoryBoundedPasswordHasherTest {

    /** Stored hashes name their memory in KiB: {@code "<kib>:<secret>"}; a hash at the configured settings is 10. */
    private static final ToIntFunction<PasswordHash> NAMED_MEMORY =
            hash -> Integer.parseInt(hash.value().substring(0, hash.value().indexOf(':')));

    /** Waits at {@code gate} while "hashing" and records how many hashes ran at the same time. */
    private static final class GatedHasher implements PasswordHasher {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch gate;

        GatedHasher(CountDownLatch gate) {
            this.gate = gate;
        }

        @Override
        public PasswordHash hash(Password password) {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            entered.countDown();
            try {
                gate.await();
                Thread.sleep(5); // long enough for every caller admitted alongside to be counted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return new PasswordHash("10:" + password.reveal());
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            if (NAMED_MEMORY.applyAsInt(hash) == 0) {
                return false; // nothing to hash: refused at once, as Argon2idPasswordHasher refuses a non-hash
            }
            hash(password);
            return hash.value().endsWith(":" + password.reveal());
        }

        @Override
        public boolean isOutdated(PasswordHash hash) {
            return NAMED_MEMORY.applyAsInt(hash) != 10;
        }
    }

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void noMoreHashesRunAtOnceThanTheRoomHoldsAndEveryCallerGetsItsResult() throws Exception {
        var hasher = new GatedHasher(new CountDownLatch(0));
        var bounded = new MemoryBoundedPasswordHasher(hasher, 2, 10, NAMED_MEMORY);
        List<Future<PasswordHash>> hashes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String secret = "password-" + i;
            hashes.add(threads.submit(() -> bounded.hash(new Password(secret))));
        }
        for (int i = 0; i < hashes.size(); i++) {
            assertThat(hashes.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(new PasswordHash("10:password-" + i));
        }
        assertThat(hasher.mostAtOnce.get()).isEqualTo(2);
        assertThat(bounded.isOutdated(new PasswordHash("20:password-0"))).isTrue();
        assertThat(bounded.isOutdated(new PasswordHash("10:password-0"))).isFalse();
        threads.shutdownNow();
    }

    @Test
    void checksOfHashesMadeWithMoreMemoryTakeMoreOfTheRoom() throws Exception {
        var hasher = new GatedHasher(new CountDownLatch(0));
        var bounded = new MemoryBoundedPasswordHasher(hasher, 2, 10, NAMED_MEMORY);
        List<Future<Boolean>> checks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String secret = "password-" + i;
            checks.add(threads.submit(() -> bounded.matches(new Password(secret), new PasswordHash("20:" + secret))));
        }
        for (Future<Boolean> check : checks) {
            assertThat(check.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(hasher.mostAtOnce.get()).isEqualTo(1);
        threads.shutdownNow();
    }

    @Test
    void aCheckLargerThanTheWholeRoomRunsAloneInsteadOfWaitingForever() throws Exception {
        var hasher = new GatedHasher(new CountDownLatch(0));
        var bounded = new MemoryBoundedPasswordHasher(hasher, 2, 10, NAMED_MEMORY);
        Future<Boolean> huge = threads.submit(
                () -> bounded.matches(new Password("secret-s"), new PasswordHash("1000:secret-s")));
        Future<PasswordHash> usual = threads.submit(() -> bounded.hash(new Password("secret-t")));

        assertThat(huge.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(usual.get(10, TimeUnit.SECONDS)).isEqualTo(new PasswordHash("10:secret-t"));
        assertThat(hasher.mostAtOnce.get()).isEqualTo(1);
        threads.shutdownNow();
    }

    @Test
    void aCheckThatNeedsNoHashingDoesNotWaitForRoom() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        var hasher = new GatedHasher(gate);
        var bounded = new MemoryBoundedPasswordHasher(hasher, 1, 10, NAMED_MEMORY);
        Future<PasswordHash> holdingTheRoom = threads.submit(() -> bounded.hash(new Password("secret-t")));
        assertThat(hasher.entered.await(10, TimeUnit.SECONDS)).isTrue();

        Future<Boolean> notAHash = threads.submit(
                () -> bounded.matches(new Password("secret-s"), new PasswordHash("0:secret-s")));

        assertThat(notAHash.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(holdingTheRoom.isDone()).isFalse();
        gate.countDown();
        assertThat(holdingTheRoom.get(10, TimeUnit.SECONDS)).isEqualTo(new PasswordHash("10:secret-t"));
        threads.shutdownNow();
    }

    @Test
    void limitAndMemoryMustBePositive() {
        var hasher = new GatedHasher(new CountDownLatch(0));
        assertThatThrownBy(() -> new MemoryBoundedPasswordHasher(hasher, 0, 10, NAMED_MEMORY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MemoryBoundedPasswordHasher(hasher, 2, 0, NAMED_MEMORY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
