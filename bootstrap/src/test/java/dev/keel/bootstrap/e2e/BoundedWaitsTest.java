package dev.keel.bootstrap.e2e;

import dev.keel.adapter.persistence.testing.TestDatabaseSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static dev.keel.bootstrap.e2e.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every request runs on its own virtual thread, so the pool and PostgreSQL's timeouts bound every wait: a
 * blocked table or a dead connection costs a client a 503 within the documented time, never a hang or a 500.
 */
@MicronautTest
class BoundedWaitsTest extends EndToEndTest {

    /** Connection timeout (3 s) plus lock timeout (2 s), with room for a busy machine. */
    private static final Duration DOCUMENTED_BOUND = Duration.ofSeconds(8);
    private static final int CLIENTS = 30;

    private record Timed(Api.Response response, Duration took) {
    }

    private List<Timed> concurrently(String path) throws Exception {
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            List<CompletableFuture<Timed>> calls = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    long started = System.nanoTime();
                    Api.Response response = api.get(path);
                    return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
                }, clients));
            }
            List<Timed> results = new ArrayList<>();
            for (CompletableFuture<Timed> call : calls) {
                results.add(call.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    @Test
    void aTableLockedByAnotherSessionCostsEveryConcurrentRequestA503WithinTheDocumentedBound() throws Exception {
        try (Connection holder = TestDatabaseSession.database().connect()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE");
            }

            // All answers arrive while the lock is still held: nobody waits for it beyond lock_timeout.
            CompletableFuture<List<Timed>> calls = CompletableFuture.supplyAsync(() -> {
                try {
                    return concurrently("/api/v1/users?limit=1");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // Thirty requests on six connections: the others wait for one, and the metric says how many.
            assertThat(awaitConnectionsWaiting()).isBetween(1.0, (double) CLIENTS);
            List<Timed> answers = calls.get(30, TimeUnit.SECONDS);
            holder.rollback();

            assertThat(answers).allSatisfy(answer -> {
                assertProblem(answer.response(), 503, "service-unavailable");
                assertThat(answer.took()).isLessThan(DOCUMENTED_BOUND);
            });
        }
        assertThat(api.get("/api/v1/users?limit=1").status()).isEqualTo(200);
    }

    /** keel_db_connections_waiting once it is above 0, read from /prometheus while requests wait. */
    private double awaitConnectionsWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + DOCUMENTED_BOUND.toNanos();
        while (true) {
            double waiting = api.get("/prometheus").body().lines()
                    .filter(line -> line.startsWith("keel_db_connections_waiting{"))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .findFirst().orElseThrow();
            if (waiting > 0 || System.nanoTime() - deadline > 0) {
                return waiting;
            }
            Thread.sleep(20);
        }
    }

    @Test
    void connectionsKilledByTheServerAreNeverA500AndTheServiceRecovers() throws Exception {
        api.post("/api/v1/users", Api.userJson("killed-" + run + "@example.com", "Killed"));
        try (Connection admin = TestDatabaseSession.database().connect();
             Statement kill = admin.createStatement()) {
            kill.execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                     WHERE datname = current_database() AND application_name = 'keel' AND pid <> pg_backend_pid()""");
        }

        List<Timed> answers = concurrently("/api/v1/users?limit=1");

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.response().status()).as("%s", answer.response()).isIn(200, 503);
            if (answer.response().status() == 503) {
                assertProblem(answer.response(), 503, "service-unavailable");
            }
        });
        assertThat(api.get("/api/v1/users?limit=1").status()).isEqualTo(200);
    }
}
