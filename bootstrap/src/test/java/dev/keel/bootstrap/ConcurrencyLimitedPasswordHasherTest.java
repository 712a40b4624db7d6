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
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrencyLimitedPasswordHasherTest {

    /** Sleeps while "hashing" and records how many hashes ran at the same time. */
    private static final class SlowHasher implements PasswordHasher {
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public PasswordHash hash(Password password) {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return new PasswordHash("hashed:" + password.reveal());
        }

        @Override
        public boolean matches(Password password, PasswordHash hash) {
            return hash(password).equals(hash);
        }
    }

    @Test
    void noMoreThanTheLimitHashAtOnceAndEveryCallerGetsItsResult() throws Exception {
        var slow = new SlowHasher();
        var limited = new ConcurrencyLimitedPasswordHasher(slow, 2);
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<PasswordHash>> hashes = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String secret = "password-" + i;
                hashes.add(threads.submit(() -> {
                    start.await();
                    return limited.hash(new Password(secret));
                }));
            }
            start.countDown();
            for (int i = 0; i < hashes.size(); i++) {
                assertThat(hashes.get(i).get()).isEqualTo(new PasswordHash("hashed:password-" + i));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(slow.mostAtOnce.get()).isEqualTo(2);
        assertThat(limited.matches(new Password("password-1"), new PasswordHash("hashed:password-1"))).isTrue();
    }

    @Test
    void limitMustBePositive() {
        assertThatThrownBy(() -> new ConcurrencyLimitedPasswordHasher(new SlowHasher(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
