package dev.keel.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

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
 * C1, whose code the start itself runs on, keeps its priority. This needs Linux and JDK 22+ ({@link ThreadNiceness}),
 * and is done only when the compilers run at a raised priority, so that the start can raise C2 back afterwards.
 */
final class StartupPriority {

    /** The optimizing compiler's threads, as the kernel names them: {@code C2 CompilerThread0} cut to 15 characters. */
    static final String OPTIMIZING_COMPILER = "C2 CompilerThre";
    /** The quick compiler's threads: present only with tiered compilation, whose quick tiers the start relies on. */
    static final String QUICK_COMPILER = "C1 CompilerThre";

    private static final Logger LOG = LoggerFactory.getLogger(StartupPriority.class);

    private StartupPriority() {
    }

    /** Runs {@code startUp} at the highest priority; afterwards (even when it fails) no thread it made keeps it. */
    static void raisedWhile(Runnable startUp) {
        // Beside the main thread, at its priority: linking setpriority takes some 50 ms of the JDK's cold code.
        raisedWhile(startUp, OPTIMIZING_COMPILER, QUICK_COMPILER,
                task -> Thread.ofPlatform().name("keel-compiler-priority").daemon().start(task));
    }

    /**
     * As {@link #raisedWhile(Runnable)}, with the threads named {@code lowered} in C2's stead, lowered by
     * {@code lowering} while {@code tiered} threads exist.
     */
    static void raisedWhile(Runnable startUp, String lowered, String tiered, Executor lowering) {
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
        try {
            startUp.run();
        } finally {
            main.setPriority(normal);
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (!existing.contains(thread) && thread.getPriority() > normal) {
                    thread.setPriority(normal);
                }
            }
            restoreLowered.join().run();
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
