package dev.keel.bootstrap;

import java.util.Set;

/**
 * Runs the service's start-up on a main thread of the highest Java priority, then puts the main thread, and every
 * thread made during start-up, back at the normal priority.
 * <p>
 * {@code keel.jvm.options} gives the JIT compiler threads nice -10, which the warm-up needs; while the service starts
 * they would otherwise take most of the two cores from the main thread. With {@code -XX:ThreadPriorityPolicy=1} and
 * {@code -XX:JavaPriority10_To_OSPriority=-20} the highest Java priority is nice -20, so the main thread keeps a core
 * to itself and the compilers share the other until the service is up. A new thread takes the priority of the thread
 * that made it: the pool's housekeeping and connection threads, the virtual threads' unparker and whatever else
 * start-up makes would keep the raised priority for good, so they are lowered with the main thread. Threads that were
 * there before (the JVM's own) keep theirs. Without the right to raise a priority (root or {@code CAP_SYS_NICE}) the
 * JVM leaves the operating system's priorities alone and this changes nothing.
 */
final class StartupPriority {

    private StartupPriority() {
    }

    /** Runs {@code startUp} at the highest priority; afterwards (even when it fails) no thread it made keeps it. */
    static void raisedWhile(Runnable startUp) {
        Thread main = Thread.currentThread();
        int normal = main.getPriority();
        Set<Thread> existing = Thread.getAllStackTraces().keySet();
        main.setPriority(Thread.MAX_PRIORITY);
        try {
            startUp.run();
        } finally {
            main.setPriority(normal);
            for (Thread thread : Thread.getAllStackTraces().keySet()) {
                if (!existing.contains(thread) && thread.getPriority() > normal) {
                    thread.setPriority(normal);
                }
            }
        }
    }
}
