package dev.keel.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs the service's start-up on a main thread of the highest Java priority, with the optimizing JIT compiler at the
 * lowest, then puts the main thread, every thread made during start-up, and the compiler back where they were.
 * <p>
 * {@code keel.jvm.options} gives the JIT compiler threads nice -10, which the warm-up needs; while the service starts
 * they would otherwise take most of the two cores from the main thread. With {@code -XX:ThreadPriorityPolicy=1} and
 * {@code -XX:JavaPriority10_To_OSPriority=-20} the highest Java priority is nice -20, so the main thread keeps a core
 * to itself. A new thread takes the priority of the thread that made it: the pool's housekeeping and connection
 * threads, the virtual threads' unparker and whatever else start-up makes would keep the raised priority for good, so
 * they are lowered with the main thread. Threads that were there before (the JVM's own) keep theirs. Without the right
 * to raise a priority (root or {@code CAP_SYS_NICE}) the JVM leaves the operating system's priorities alone and this
 * changes nothing.
 * <p>
 * The optimizing compiler (C2) runs at nice 19 meanwhile, so it compiles only with what the start leaves of the cores:
 * most of what it would compile then runs hot only while the service starts, and the warm-up begins after the start.
 * It stays there until the service first reports itself ready, at most {@link #READINESS_WAIT} after the start-up
 * returned: a readiness probe that comes as soon as the port opens is answered without C2 taking a core for the
 * backlog the start left it. C1, whose code the start itself runs on, keeps its priority. This needs Linux and JDK 22+
 * ({@link ThreadNiceness}), and is done only when the compilers run at a raised priority, so that C2 can be raised back
 * afterwards.
 */
final class StartupPriority {

    /** The optimizing compiler's threads, as the kernel names them: {@code C2 CompilerThread0} cut to 15 characters. */
    static final String OPTIMIZING_COMPILER = "C2 CompilerThre";
    /** The quick compiler's threads: present only with tiered compilation, whose quick tiers the start relies on. */
    static final String QUICK_COMPILER = "C1 CompilerThre";

    /**
     * How long C2 waits at most, once the start-up has returned, for the service to report itself ready: a service that
     * no probe asks, or that takes load before its first probe, gets C2 back within this time.
     */
    static final Duration READINESS_WAIT = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(StartupPriority.class);

    private StartupPriority() {
    }

    /**
     * Runs {@code startUp} at the highest priority; afterwards (even when it fails) no thread it made keeps it. C2 is
     * back at its priority when the stage {@code startUp} returns completes (the service's first readiness), at most
     * {@link #READINESS_WAIT} later, or at once when {@code startUp} fails.
     */
    static void raisedWhile(Supplier<? extends CompletionStage<?>> startUp) {
        // Beside the main thread, at its priority: linking setpriority takes some 50 ms of the JDK's cold code.
        raisedWhile(startUp, OPTIMIZING_COMPILER, QUICK_COMPILER, READINESS_WAIT,
                task -> Thread.ofPlatform().name("keel-compiler-priority").daemon().start(task));
    }

    /**
     * As {@link #raisedWhile(Supplier)}, with the threads named {@code lowered} in C2's stead, lowered by
     * {@code lowering} while {@code tiered} threads exist, and waiting at most {@code readinessWait} for readiness.
     */
    static void raisedWhile(Supplier<? extends CompletionStage<?>> startUp, String lowered, String tiered,
                            Duration readinessWait, Executor lowering) {
        Thread main = Thread.currentThread();
        int normal = main.getPriority();
        Set<Thread> existing = Thread.getAllStackTraces().keySet();
        main.setPriority(Thread.MAX_PRIORITY);
        CompletableFuture<Runnable> restoreLowered = CompletableFuture
                .supplyAsync(() -> lowerRaised(lowered, tiered), lowering)
                .exceptionally(e -> {
                    LOG.debug("The optimizing compiler keeps its priority", e);
                    return () -> { };
                });
        // Not the stage startUp returns: the end of the wait must not complete that.
        CompletableFuture<Void> startOver = new CompletableFuture<>();
        boolean started = false;
        try {
            startUp.get().whenComplete((ready, failure) -> startOver.complete(null));
            started = true;
        } finally {
            if (!started) {
                startOver.complete(null);
            }
            main.setPriority(normal);
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (!existing.contains(thread) && thread.getPriority() > normal) {
                    thread.setPriority(normal);
                }
            }
            startOver.completeOnTimeout(null, readinessWait.toMillis(), TimeUnit.MILLISECONDS);
            restoreLowered.thenAcceptBoth(startOver, (restore, over) -> restore.run());
        }
    }

    /**
     * Sets the threads named {@code lowered} that run at a raised priority to the lowest, if {@code tiered} threads
     * exist; returns what sets them back.
     */
    private static Runnable lowerRaised(String lowered, String tiered) {
        Optional<ThreadNiceness> platform = ThreadNiceness.onThisPlatform();
        if (platform.isEmpty() || platform.get().threadIds(tiered).isEmpty()) {
            return () -> { };
        }
        ThreadNiceness threads = platform.get();
        Map<Integer, Integer> niceness = new LinkedHashMap<>();
        for (int thread : threads.threadIds(lowered)) {
            threads.nice(thread).ifPresent(nice -> {
                if (nice < 0 && threads.setNice(thread, ThreadNiceness.LOWEST)) {
                    niceness.put(thread, nice);
                }
            });
        }
        return () -> niceness.forEach((thread, nice) -> {
            if (!threads.setNice(thread, nice)) {
                LOG.warn("Thread {} ({}) stays at nice {} instead of {}: the warm-up will be slower", thread, lowered,
                        ThreadNiceness.LOWEST, nice);
            }
        });
    }
}
