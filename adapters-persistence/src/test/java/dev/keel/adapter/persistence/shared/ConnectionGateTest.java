package dev.keel.adapter.persistence.shared;

import dev.keel.application.shared.DatabaseUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionGateTest {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void admitsAsManyAsItHasPermitsAndLetsTheNextInWhenOneLeaves() throws Exception {
        ConnectionGate gate = new ConnectionGate("test", 2, Duration.ofSeconds(5));
        gate.enter();
        gate.enter();
        Future<?> third = threads.submit(gate::enter);
        awaitWaiting(gate, 1);
        assertThat(third).isNotDone();

        gate.leave();
        third.get(5, TimeUnit.SECONDS);
        assertThat(gate.waiting()).isZero();
        assertThat(gate.available()).isZero();
    }

    @Test
    void waitersAreLetInInTheOrderTheyCame() throws Exception {
        ConnectionGate gate = new ConnectionGate("test", 1, Duration.ofSeconds(5));
        gate.enter();
        List<Integer> admitted = new ArrayList<>();
        List<Future<?>> waiters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int number = i;
            waiters.add(threads.submit(() -> {
                gate.enter();
                admitted.add(number);
                gate.leave();
            }));
            awaitWaiting(gate, i + 1);
        }

        gate.leave();
        for (Future<?> waiter : waiters) {
            waiter.get(5, TimeUnit.SECONDS);
        }
        assertThat(admitted).containsExactly(0, 1, 2, 3, 4);
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aWaiterWhoseTimeRunsOutIsUnavailableAndTakesNoPermitWithIt() throws Exception {
        ConnectionGate gate = new ConnectionGate("test", 1, Duration.ofMillis(200));
        gate.enter();
        long started = System.nanoTime();

        assertThatThrownBy(() -> threads.submit(gate::enter).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(DatabaseUnavailableException.class).hasMessageContaining("200 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));

        gate.leave();
        assertThat(gate.available()).isEqualTo(1);
        assertThat(gate.waiting()).isZero();
        threads.submit(gate::enter).get(5, TimeUnit.SECONDS);
    }

    @Test
    void anInterruptedWaiterGivesUpKeepsItsInterruptAndTakesNoPermitWithIt() throws Exception {
        ConnectionGate gate = new ConnectionGate("test", 1, Duration.ofSeconds(30));
        gate.enter();
        AtomicReference<Thread> waiterThread = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Future<?> waiter = threads.submit(() -> {
            waiterThread.set(Thread.currentThread());
            try {
                gate.enter();
            } finally {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        awaitWaiting(gate, 1);

        waiterThread.get().interrupt();
        assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(DatabaseUnavailableException.class);
        assertThat(stillInterrupted.get()).isTrue();
        gate.leave();
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void aPermitGivenBackUnservedFailsEveryWaiterAtOnce() throws Exception {
        ConnectionGate gate = new ConnectionGate("test", 1, Duration.ofSeconds(30));
        gate.enter();
        List<Future<?>> waiters = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waiters.add(threads.submit(gate::enter));
            awaitWaiting(gate, i + 1);
        }

        gate.leaveUnserved();
        for (Future<?> waiter : waiters) {
            assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(DatabaseUnavailableException.class);
        }
        assertThat(gate.available()).isEqualTo(1);
        assertThat(gate.waiting()).isZero();
    }

    /**
     * Many more threads than permits enter and leave as fast as they can: never more inside than permits, no one
     * left waiting for a permit that was free (each would run into the long timeout), all permits back at the end.
     */
    @Test
    void underHeavyContentionNoWakeUpIsLostAndNoPermitLeaks() throws Exception {
        int permits = 4;
        ConnectionGate gate = new ConnectionGate("test", permits, Duration.ofSeconds(30));
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();

        runTogether(threads, 64, () -> {
            for (int round = 0; round < 500; round++) {
                gate.enter();
                mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                if (ThreadLocalRandom.current().nextInt(8) == 0) {
                    Thread.yield();
                }
                inside.decrementAndGet();
                gate.leave();
            }
        });
        assertThat(mostInside.get()).isBetween(1, permits);
        assertThat(gate.available()).isEqualTo(permits);
        assertThat(gate.waiting()).isZero();
    }

    /**
     * Two threads taking turns at one permit: a permit given back just as the other thread joins the queue must still
     * reach it. Were it lost, both would end up queued behind it with the permit free, until their long timeout.
     */
    @Test
    void aPermitGivenBackWhileTheOtherJoinsTheQueueStillReachesIt() throws Exception {
        ConnectionGate gate = new ConnectionGate("test", 1, Duration.ofSeconds(30));

        // Platform threads, so that the two run truly at once on two cores rather than taking turns on one carrier.
        ExecutorService platformThreads = Executors.newFixedThreadPool(2);
        try {
            runTogether(platformThreads, 2, () -> {
                for (int round = 0; round < 100_000; round++) {
                    gate.enter();
                    // Held about as long as the other thread takes to fail to get it and join the queue.
                    for (int spin = 0; spin < 20; spin++) {
                        Thread.onSpinWait();
                    }
                    gate.leave();
                }
            });
        } finally {
            platformThreads.shutdownNow();
        }
        assertThat(gate.available()).isEqualTo(1);
    }

    /** Waiters time out while others leave: every permit comes back, whoever won each race. */
    @Test
    void expiriesRacingAdmissionsLeakNoPermit() throws Exception {
        int permits = 2;
        ConnectionGate gate = new ConnectionGate("test", permits, Duration.ofMillis(1));
        AtomicInteger timedOut = new AtomicInteger();

        runTogether(threads, 32, () -> {
            for (int round = 0; round < 200; round++) {
                try {
                    gate.enter();
                } catch (DatabaseUnavailableException expired) {
                    timedOut.incrementAndGet();
                    continue;
                }
                if (ThreadLocalRandom.current().nextBoolean()) {
                    Thread.sleep(0, 200_000);
                }
                gate.leave();
            }
        });
        assertThat(timedOut.get()).as("some waits ran out").isPositive();
        assertThat(gate.available()).isEqualTo(permits);
        assertThat(gate.waiting()).isZero();
    }

    /** Runs the work on that many threads of the executor, started together, and waits for all of them. */
    private static void runTogether(ExecutorService executor, int count, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(count);
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            workers.add(executor.submit(() -> {
                start.countDown();
                start.await();
                work.run();
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(20, TimeUnit.SECONDS);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static void awaitWaiting(ConnectionGate gate, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (gate.waiting() < count) {
            assertThat(System.nanoTime()).as("%d waiting in time", count).isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}
