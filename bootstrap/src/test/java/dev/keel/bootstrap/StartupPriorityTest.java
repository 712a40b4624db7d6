package dev.keel.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.condition.OS;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupPriorityTest {

    private static final CompletionStage<Void> READY = CompletableFuture.completedFuture(null);

    private final CountDownLatch end = new CountDownLatch(1);
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void endThreads() throws InterruptedException {
        end.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** A live thread, made by the calling thread (so of its priority unless {@code priority} says otherwise). */
    private Thread running(Integer priority) {
        Thread thread = new Thread(() -> {
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        if (priority != null) {
            thread.setPriority(priority);
        }
        thread.start();
        threads.add(thread);
        return thread;
    }

    @Test
    void startUpRunsAtTheHighestPriorityAndLeavesNoThreadAtIt() {
        int normal = Thread.currentThread().getPriority();
        Thread earlier = running(Thread.MAX_PRIORITY - 1);
        int[] priorityDuringStartUp = new int[1];
        Thread[] madeDuringStartUp = new Thread[2];

        StartupPriority.raisedWhile(() -> {
            priorityDuringStartUp[0] = Thread.currentThread().getPriority();
            madeDuringStartUp[0] = running(null);
            madeDuringStartUp[1] = running(Thread.MIN_PRIORITY);
            return READY;
        });

        assertThat(priorityDuringStartUp[0]).isEqualTo(Thread.MAX_PRIORITY);
        assertThat(Thread.currentThread().getPriority()).isEqualTo(normal);
        assertThat(madeDuringStartUp[0].getPriority()).as("inherited the raised priority").isEqualTo(normal);
        assertThat(madeDuringStartUp[1].getPriority()).as("chose a lower one").isEqualTo(Thread.MIN_PRIORITY);
        assertThat(earlier.getPriority()).as("was there before").isEqualTo(Thread.MAX_PRIORITY - 1);
    }

    @Test
    void aFailedStartUpLeavesNoThreadAtTheHighestPriorityEither() {
        int normal = Thread.currentThread().getPriority();
        Thread[] madeDuringStartUp = new Thread[1];

        assertThatThrownBy(() -> StartupPriority.raisedWhile(() -> {
            madeDuringStartUp[0] = running(null);
            throw new IllegalStateException("no database");
        })).hasMessage("no database");

        assertThat(Thread.currentThread().getPriority()).isEqualTo(normal);
        assertThat(madeDuringStartUp[0].getPriority()).isEqualTo(normal);
    }

    /** The optimizing compiler's part, with test threads in the compilers' stead. */
    @Nested
    @EnabledOnOs(OS.LINUX)
    @EnabledForJreRange(min = JRE.JAVA_22)
    class TheOptimizingCompiler {

        private static final AtomicInteger TESTS = new AtomicInteger();

        /** Names of this test's own: a thread of an earlier test may not have left the process yet. */
        private final String suffix = Integer.toString(TESTS.incrementAndGet());
        private final String compilerName = "keel-c2-" + suffix;
        private final String tieredName = "keel-c1-" + suffix;

        private final ThreadNiceness platform = ThreadNiceness.onThisPlatform().orElseThrow();
        private int compiler;
        /** Whether the compiler runs at a raised priority, which needs root or CAP_SYS_NICE, as the JVM's does. */
        private boolean raised;
        private int niceBefore;

        @BeforeEach
        void startTheCompiler() throws InterruptedException {
            compiler = runningNamed(compilerName);
            raised = platform.setNice(compiler, -5);
            niceBefore = platform.nice(compiler).orElseThrow();
        }

        /** A live thread of this name (at most 15 characters, as the kernel keeps it) and its id. */
        private int runningNamed(String name) throws InterruptedException {
            CountDownLatch started = new CountDownLatch(1);
            Thread thread = new Thread(() -> {
                started.countDown();
                try {
                    end.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name);
            thread.start();
            threads.add(thread);
            started.await();
            return platform.threadIds(name).getFirst();
        }

        /** The compiler's nice value during a start-up, with {@code tiered} naming the quick compiler's threads. */
        private int niceDuringStartUp(String tiered) {
            int[] during = new int[1];
            raisedWhile(() -> {
                during[0] = platform.nice(compiler).orElseThrow();
                return READY;
            }, tiered);
            return during[0];
        }

        private void raisedWhile(Supplier<CompletionStage<?>> startUp, String tiered) {
            StartupPriority.raisedWhile(startUp, compilerName, tiered, StartupPriority.READINESS_WAIT, Runnable::run);
        }

        @Test
        void runsAtTheLowestPriorityDuringStartUpWhenRaisedAndAtItsOwnAfterwards() throws InterruptedException {
            runningNamed(tieredName);

            int during = niceDuringStartUp(tieredName);

            assertThat(during).as(raised ? "lowered while the service starts" : "left alone: could not be raised back")
                    .isEqualTo(raised ? ThreadNiceness.LOWEST : niceBefore);
            assertThat(platform.nice(compiler)).as("afterwards").hasValue(niceBefore);
        }

        @Test
        void staysLoweredUntilTheServiceIsFirstReady() throws InterruptedException {
            runningNamed(tieredName);
            CompletableFuture<Void> ready = new CompletableFuture<>();

            raisedWhile(() -> ready, tieredName);

            assertThat(platform.nice(compiler)).as("started, not yet ready")
                    .hasValue(raised ? ThreadNiceness.LOWEST : niceBefore);
            ready.complete(null);
            assertThat(platform.nice(compiler)).as("ready").hasValue(niceBefore);
        }

        @Test
        void isSetBackWhenTheServiceIsNotReadyWithinTheWait() throws InterruptedException {
            runningNamed(tieredName);
            CompletableFuture<Void> neverReady = new CompletableFuture<>();
            Duration wait = Duration.ofMillis(200);
            long started = System.nanoTime();

            StartupPriority.raisedWhile(() -> neverReady, compilerName, tieredName, wait, Runnable::run);

            assertThat(platform.nice(compiler)).as("within the wait")
                    .hasValue(raised ? ThreadNiceness.LOWEST : niceBefore);
            while (platform.nice(compiler).orElseThrow() != niceBefore
                    && System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
                Thread.sleep(5);
            }
            assertThat(platform.nice(compiler)).as("after the wait").hasValue(niceBefore);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(wait);
            assertThat(neverReady).as("the service's own stage is left alone").isNotDone();
        }

        @Test
        void isSetBackAfterAFailedStartUpToo() throws InterruptedException {
            runningNamed(tieredName);

            assertThatThrownBy(() -> raisedWhile(() -> {
                throw new IllegalStateException("no database");
            }, tieredName)).hasMessage("no database");

            assertThat(platform.nice(compiler)).as("at once, without waiting for readiness").hasValue(niceBefore);
        }

        @Test
        void keepsItsPriorityWithoutTieredCompilation() {
            assertThat(niceDuringStartUp(tieredName)).as("no thread of that name").isEqualTo(niceBefore);
        }
    }
}
