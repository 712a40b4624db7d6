package dev.keel.adapter.persistence.shared;

import dev.keel.application.shared.DatabaseUnavailableException;

import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets at most as many units of work take a connection at once as the pool holds; the others wait here, in arrival
 * order, until one leaves or their time runs out.
 * <p>
 * They could wait in HikariCP instead, but a borrower that finds the pool busy waits there in a timed park. On JDK 25
 * a virtual thread's timed park schedules its timeout on the {@code ForkJoinPool}'s delay scheduler and cancels it
 * once woken, and each of the two wakes the scheduler's own thread: about 6 % of a read's and of a list page's CPU
 * under 64 clients on 16 connections (bench/README.md, 2026-12-07). A waiter here parks without a timeout; one sweeper
 * thread, running only while someone waits, wakes those whose time ran out, with one timed sleep per deadline it
 * watches rather than one per wait. Admitted units find a free connection in the pool at once, since no more of them
 * hold one than the pool has.
 */
final class ConnectionGate {

    private final AtomicInteger free;
    private final ConcurrentLinkedQueue<Waiter> queue = new ConcurrentLinkedQueue<>();
    private final Duration timeout;
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final String name;

    ConnectionGate(String name, int permits, Duration timeout) {
        if (permits < 1) {
            throw new IllegalArgumentException("a gate needs at least one permit, not " + permits);
        }
        this.name = name;
        this.free = new AtomicInteger(permits);
        this.timeout = timeout;
    }

    /**
     * Takes a permit, waiting at most the timeout for one.
     *
     * @throws DatabaseUnavailableException when none came in time, the pool had no connection for the one admitted
     *                                      before it ({@link #leaveUnserved}), or the thread was interrupted while it
     *                                      waited (its interrupt status is kept)
     */
    void enter() {
        if (queue.isEmpty() && tryTake()) {
            return;
        }
        Waiter waiter = new Waiter(Thread.currentThread(), System.nanoTime() + timeout.toNanos());
        queue.add(waiter);
        // A permit freed between the attempt above and joining the queue found no one to hand it to: look again.
        dispatch();
        if (waiter.state.get() == State.WAITING) {
            startSweeper();
        }
        while (waiter.state.get() == State.WAITING) {
            LockSupport.park(this);
            if (Thread.currentThread().isInterrupted() && waiter.state.compareAndSet(State.WAITING, State.GAVE_UP)) {
                queue.remove(waiter);
                throw new DatabaseUnavailableException("interrupted while waiting for a database connection", null);
            }
        }
        if (waiter.state.get() == State.EXPIRED) {
            throw new DatabaseUnavailableException("no database connection came free within " + timeout.toMillis()
                    + " ms, or the pool had none to give", null);
        }
    }

    /** Gives a permit back: to the longest waiter, if any. */
    void leave() {
        free.incrementAndGet();
        dispatch();
    }

    /**
     * Gives a permit back after the pool itself found no connection within its timeout (the database down, say): every
     * waiter fails at once as unavailable, since once admitted it would wait in the pool as long again.
     */
    void leaveUnserved() {
        for (Waiter waiter : queue) {
            expire(waiter);
        }
        leave();
    }

    /** Units of work waiting for a permit now. */
    int waiting() {
        int waiting = 0;
        for (Waiter waiter : queue) {
            if (waiter.state.get() == State.WAITING) {
                waiting++;
            }
        }
        return waiting;
    }

    /** Permits no unit of work holds now. */
    int available() {
        return free.get();
    }

    /** Hands free permits to waiters, in arrival order, while there are both. */
    private void dispatch() {
        while (!queue.isEmpty() && tryTake()) {
            Waiter next = queue.poll();
            if (next != null && next.state.compareAndSet(State.WAITING, State.ADMITTED)) {
                LockSupport.unpark(next.thread);
            } else {
                // No one left to take it, or a waiter that gave up: the permit goes back and the loop looks again.
                free.incrementAndGet();
            }
        }
    }

    private boolean tryTake() {
        for (int available = free.get(); available > 0; available = free.get()) {
            if (free.compareAndSet(available, available - 1)) {
                return true;
            }
        }
        return false;
    }

    private void startSweeper() {
        if (sweeping.compareAndSet(false, true)) {
            Thread.ofVirtual().name(name + "-gate-sweeper").start(this::sweep);
        }
    }

    /**
     * Sleeps until the earliest deadline of a waiter (the first in the queue: all wait equally long), expires the
     * waiters whose time ran out, and stops once no one waits.
     */
    private void sweep() {
        while (true) {
            Waiter first = firstWaiting();
            if (first == null) {
                sweeping.set(false);
                // A waiter that came after the look above saw the sweeper still running and started none.
                if (firstWaiting() == null || !sweeping.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            long left = first.deadline - System.nanoTime();
            if (left > 0) {
                LockSupport.parkNanos(this, left);
                continue;
            }
            long now = System.nanoTime();
            for (Waiter waiter : queue) {
                if (waiter.deadline - now <= 0) {
                    expire(waiter);
                }
            }
        }
    }

    private void expire(Waiter waiter) {
        if (waiter.state.compareAndSet(State.WAITING, State.EXPIRED)) {
            queue.remove(waiter);
            LockSupport.unpark(waiter.thread);
        }
    }

    private Waiter firstWaiting() {
        for (Waiter waiter : queue) {
            if (waiter.state.get() == State.WAITING) {
                return waiter;
            }
        }
        return null;
    }

    private enum State { WAITING, ADMITTED, EXPIRED, GAVE_UP }

    private static final class Waiter {
        final Thread thread;
        final long deadline;
        final AtomicReference<State> state = new AtomicReference<>(State.WAITING);

        Waiter(Thread thread, long deadline) {
            this.thread = thread;
            this.deadline = deadline;
        }
    }
}
