package dev.keel.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupPriorityTest {

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
}
