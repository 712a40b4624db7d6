package dev.keel.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.condition.OS;

import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs(OS.LINUX)
@EnabledForJreRange(min = JRE.JAVA_22)
class ThreadNicenessTest {

    private final ThreadNiceness threads = ThreadNiceness.onThisPlatform().orElseThrow();
    private final CountDownLatch end = new CountDownLatch(1);

    @AfterEach
    void endThreads() {
        end.countDown();
    }

    /** A live thread of this name and its id; the JVM names the kernel's thread before the thread runs. */
    private int running(String name) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread.ofPlatform().name(name).daemon().start(() -> {
            started.countDown();
            try {
                end.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        List<Integer> ids = threads.threadIds(name.substring(0, Math.min(name.length(), 15)));
        assertThat(ids).hasSize(1);
        return ids.getFirst();
    }

    @Test
    void setsTheNiceValueOfOneThreadAndReadsItBack() throws InterruptedException {
        int lowered = running("keel-nice-one");
        int other = running("keel-nice-two");
        int before = threads.nice(lowered).orElseThrow();
        int lower = Math.min(before + 3, ThreadNiceness.LOWEST);

        assertThat(threads.setNice(lowered, lower)).isTrue();

        assertThat(threads.nice(lowered)).hasValue(lower);
        assertThat(threads.nice(other)).as("another thread of the process").hasValue(before);
    }

    @Test
    void findsThreadsByTheFirstFifteenCharactersOfTheirName() throws InterruptedException {
        int thread = running("keel-nice-a-long-name");

        assertThat(threads.threadIds("keel-nice-a-lon")).containsExactly(thread);
        assertThat(threads.threadIds("keel-nice-a-long")).as("the kernel keeps 15 characters").isEmpty();
    }

    @Test
    void aThreadThatIsNoMoreHasNoNiceValueAndCannotBeSet() {
        int noThread = Integer.MAX_VALUE;

        assertThat(threads.nice(noThread)).isEmpty();
        assertThat(threads.setNice(noThread, ThreadNiceness.LOWEST)).isFalse();
    }
}
