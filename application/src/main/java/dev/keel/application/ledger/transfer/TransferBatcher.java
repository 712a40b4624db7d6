package dev.keel.application.ledger.transfer;

import dev.keel.application.identity.auth.Actor;
import dev.keel.application.shared.DatabaseUnavailableException;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Makes single transfers that arrive together in one unit of work, as a database's group commit does: a transfer's
 * fixed cost (the round trips, planning, the commit's flush) is paid once per batch, and a hot account's lock is taken
 * once per batch rather than once per transfer.
 * <p>
 * There is no timer: a request joins the queue, and if fewer than {@link #LANES} batches are running its own thread
 * takes the queue's first {@link #MAX_BATCH} requests and makes them (a non-atomic batch of {@link TransferDesk}:
 * each request keeps its own outcome). Others wait for their outcome. Alone, a request is a batch of one, with no
 * added wait; under load, the requests that came in while a batch ran make the next one.
 * <p>
 * A thread leads for at most {@link #LEADER_BATCHES} batches beyond its own request's, so that no caller's answer waits
 * on a queue that never empties; when it stops, it wakes the request at the head of the queue to take over. If a batch
 * fails as a whole for any reason but an unavailable database, its requests are made one by one, so that one
 * request's failure is its own. An unavailable database (a lock or statement timeout included) fails the whole batch:
 * trying each request alone could keep its callers waiting a lock timeout per request.
 */
@Singleton
public final class TransferBatcher {

    /** Batches made at the same time, each on a connection of its own; the rest of the pool serves everything else. */
    static final int LANES = 2;
    static final int MAX_BATCH = 100;
    static final int LEADER_BATCHES = 8;

    private final TransferDesk desk;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore lanes = new Semaphore(LANES);

    public TransferBatcher(TransferDesk desk) {
        this.desk = desk;
    }

    /** The request's outcome: made (or replayed), or refused. */
    BatchItemResult make(Actor actor, TransferRequest request) {
        Waiting mine = new Waiting(new TransferDesk.Submission(actor, request), Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.isDone()) {
            boolean led = false;
            if (lanes.tryAcquire()) {
                try {
                    led = lead(mine);
                } finally {
                    lanes.release();
                    wakeHead();
                }
            }
            if (!led) {
                // Every lane is busy, or the request is in a batch that another thread is making: that thread wakes it.
                LockSupport.park(this);
                // The request may already be in a batch: it is waited for, and the interrupt kept for the caller.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.outcome();
    }

    /** Makes batches from the queue until the request is done and a few more; false if the queue was empty at once. */
    private boolean lead(Waiting mine) {
        int extra = 0;
        boolean made = false;
        while (!mine.isDone() || extra++ < LEADER_BATCHES) {
            List<Waiting> batch = new ArrayList<>();
            for (Waiting next; batch.size() < MAX_BATCH && (next = queue.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return made;
            }
            makeAll(batch);
            made = true;
        }
        return made;
    }

    /** A thread that stopped leading hands the queue on: its head's thread takes a lane if one is free. */
    private void wakeHead() {
        Waiting head = queue.peek();
        if (head != null) {
            LockSupport.unpark(head.thread());
        }
    }

    private void makeAll(List<Waiting> batch) {
        try {
            List<BatchItemResult> outcomes = desk.make(batch.stream().map(Waiting::submission).toList(), false);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).complete(outcomes.get(i), null);
            }
        } catch (RuntimeException failed) {
            if (batch.size() == 1 || failed instanceof DatabaseUnavailableException) {
                batch.forEach(waiting -> waiting.complete(null, failed));
            } else {
                batch.stream().filter(waiting -> !waiting.isDone()).forEach(waiting -> makeAll(List.of(waiting)));
            }
        } catch (Error fatal) {
            batch.forEach(waiting -> waiting.complete(null, fatal));
            throw fatal;
        }
    }

    /** A queued request: its outcome, or what failed it, is published before its thread is woken. */
    private static final class Waiting {

        private final TransferDesk.Submission submission;
        private final Thread thread;
        private volatile boolean done;
        private BatchItemResult outcome;
        private Throwable failure;

        Waiting(TransferDesk.Submission submission, Thread thread) {
            this.submission = submission;
            this.thread = thread;
        }

        TransferDesk.Submission submission() {
            return submission;
        }

        Thread thread() {
            return thread;
        }

        boolean isDone() {
            return done;
        }

        void complete(BatchItemResult outcome, Throwable failure) {
            if (done) {
                return;
            }
            this.outcome = outcome;
            this.failure = failure;
            done = true;
            LockSupport.unpark(thread);
        }

        BatchItemResult outcome() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return outcome;
        }
    }
}
